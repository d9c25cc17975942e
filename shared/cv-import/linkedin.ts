import { LIMITS } from '../model/primitives';
import { descriptionBullets } from './bullets';
import { matchCertification, matchSkill } from './catalog-match';
import { csvRows } from './csv-table';
import { emptyFindings, type FoundRole, type ImportFindings, type ImportWarning } from './findings';
import { shorten } from './lenient';
import { dayOf, monthOf } from './months';

/**
 * LinkedIn's "Get a copy of your data" export, its CSV files already taken out of the zip by main (by
 * name, any folder). Profile -> name, headline, summary, location; Positions -> roles, each
 * description split into achievement lines; Certifications -> matched to the catalog; Skills -> the
 * PMO skills; Email Addresses / PhoneNumbers -> contact details. A partial export (files missing) imports
 * what is there and says what was not; a file without its columns is reported, not guessed at.
 */

const FILES = {
  profile: { name: 'Profile.csv', columns: ['First Name', 'Last Name'] },
  positions: { name: 'Positions.csv', columns: ['Company Name', 'Title'] },
  certifications: { name: 'Certifications.csv', columns: ['Name', 'Authority'] },
  skills: { name: 'Skills.csv', columns: ['Name'] },
  education: { name: 'Education.csv', columns: ['School Name'] },
  emails: { name: 'Email Addresses.csv', columns: ['Email Address'] },
  phones: { name: 'PhoneNumbers.csv', columns: ['Number'] },
} as const;

export const LINKEDIN_FILE_NAMES: readonly string[] = Object.values(FILES).map((f) => f.name);

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const cut = (text: string, max: number) => shorten(text.replace(/\s+/g, ' ').trim(), max);

export function readLinkedInExport(files: ReadonlyMap<string, string>): ImportFindings | { problem: string } {
  const present = Object.values(FILES).filter((f) => files.has(f.name));
  if (present.length === 0) return { problem: `This zip is not a LinkedIn data export: it has none of ${LINKEDIN_FILE_NAMES.join(', ')}.` };
  const findings = emptyFindings('linkedin');
  const warnings: ImportWarning[] = [];
  const table = (file: (typeof FILES)[keyof typeof FILES]) => {
    const text = files.get(file.name);
    if (text === undefined) return null;
    const rows = csvRows(text, file.columns);
    if (rows === null) warnings.push({ where: file.name, message: `does not have the columns ${file.columns.map((c) => `“${c}”`).join(' and ')}, so it was left out.` });
    return rows;
  };

  const profile = table(FILES.profile)?.[0];
  if (profile) {
    findings.profile.name = cut([profile['First Name'], profile['Last Name']].filter(Boolean).join(' '), LIMITS.shortText);
    findings.profile.currentRole = cut(profile.Headline ?? '', LIMITS.shortText);
    findings.profile.summary = cut(profile.Summary ?? '', LIMITS.mediumText);
    findings.profile.location = cut(profile['Geo Location'] ?? profile.Location ?? '', LIMITS.shortText);
  }
  const email = table(FILES.emails)?.find((row) => row.Primary === 'Yes') ?? table(FILES.emails)?.[0];
  if (email) findings.profile.email = cut(email['Email Address'] ?? '', LIMITS.shortText);
  const phone = table(FILES.phones)?.[0];
  if (phone) findings.profile.phone = cut(phone.Number ?? '', LIMITS.phone);

  (table(FILES.positions) ?? []).forEach((row, i) => {
    const where = `${FILES.positions.name} row ${i + 1}`;
    const startMonth = readMonth(row['Started On'], `${where} “Started On”`, warnings);
    const endMonth = readMonth(row['Finished On'], `${where} “Finished On”`, warnings);
    const role: FoundRole = {
      key: `role:${norm(row['Company Name'] ?? '')}|${norm(row.Title ?? '')}|${startMonth ?? ''}`,
      organisation: cut(row['Company Name'] ?? '', LIMITS.shortText),
      title: cut(row.Title ?? '', LIMITS.shortText),
      location: cut(row.Location ?? '', LIMITS.shortText),
      startMonth,
      endMonth: startMonth !== null && endMonth !== null && endMonth < startMonth ? null : endMonth,
      current: (row['Finished On'] ?? '') === '' && startMonth !== null,
      summary: '',
    };
    if (role.organisation === '' && role.title === '') return warnings.push({ where, message: 'has neither a company nor a title, so it was left out.' });
    findings.roles.push(role);
    for (const line of descriptionBullets(row.Description ?? '')) {
      findings.achievements.push({ key: `achievement:work|${role.key}|${norm(line)}`, text: cut(line, LIMITS.mediumText), title: cut(line, LIMITS.shortText), roleKey: role.key, from: 'work', date: null });
    }
  });

  for (const row of table(FILES.certifications) ?? []) {
    const name = cut(row.Name ?? '', LIMITS.shortText);
    if (name === '') continue;
    const match = matchCertification(name);
    findings.certifications.push({
      key: match.catalogId ? `certification:${match.catalogId}` : `certification:${norm(name)}`,
      name,
      catalogId: match.catalogId,
      issuer: cut(row.Authority ?? '', LIMITS.shortText) || match.issuer,
      issuedOn: dayOf(row['Started On']),
    });
  }
  for (const row of table(FILES.skills) ?? []) {
    const name = cut(row.Name ?? '', LIMITS.shortText);
    if (name === '') continue;
    const match = matchSkill(name);
    findings.skills.push({ key: match.catalogId ? `skill:${match.catalogId}` : `skill:${norm(name)}`, name, catalogId: match.catalogId, area: match.area, keywords: [] });
  }
  const education = table(FILES.education) ?? [];
  if (education.length > 0) warnings.push({ where: FILES.education.name, message: `${education.length} education ${education.length === 1 ? 'entry' : 'entries'} not imported: your plan has no place for education yet.` });
  for (const file of [FILES.profile, FILES.positions, FILES.certifications, FILES.skills]) {
    if (!files.has(file.name)) warnings.push({ where: file.name, message: 'is not in this export (a partial export?), so nothing came from it.' });
  }
  findings.warnings = warnings;
  return findings;
}

function readMonth(value: string | undefined, where: string, warnings: ImportWarning[]): string | null {
  if (value === undefined || value === '') return null;
  const month = monthOf(value);
  if (month === null) warnings.push({ where, message: `“${value.slice(0, 40)}” is not a date we can read, so it was left out.` });
  return month;
}
