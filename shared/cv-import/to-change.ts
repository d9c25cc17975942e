import type { PlanChangeInput } from '../model/changes';
import { LIMITS } from '../model/primitives';
import { shorten } from './lenient';
import type { CompetencyArea } from '../model/vocabulary';
import type { ExistingMatches } from './duplicates';
import type { FoundProfile, ImportFindings } from './findings';

/**
 * What the person confirmed on the review screen, as ONE batch change (one Undo takes it all back):
 * the ticked roles, achievements (in their role: a new one, or the plan's own when the role was already
 * there), certifications (held: a CV lists what was earned) and skills, and the profile fields that are
 * blank in the plan. Items the plan already has are never added again.
 */

export interface ImportSelection {
  /** Keys of the ticked items. */
  keys: ReadonlySet<string>;
  /** Profile fields to fill (only ones the plan has blank are offered). */
  profileFields: ReadonlySet<keyof FoundProfile>;
  /** The area for a skill that matched no catalog skill, by its key (the review asks). */
  skillAreas: ReadonlyMap<string, CompetencyArea>;
}

/** `newId` is given the found item's key (the review uses that to tie a refused field back to its row). */
export function importChange(findings: ImportFindings, selection: ImportSelection, existing: ExistingMatches, newId: (key: string) => string): PlanChangeInput | null {
  const changes: Exclude<PlanChangeInput, { type: 'batch' }>[] = [];
  // A key is added once, even when the file lists the same thing twice.
  const done = new Set<string>();
  const wanted = (key: string, known: ReadonlyMap<string, string>) => selection.keys.has(key) && !known.has(key) && !done.has(key) && Boolean(done.add(key));

  const roleIds = new Map(existing.roles);
  for (const role of findings.roles) {
    if (!wanted(role.key, existing.roles)) continue;
    const id = newId(role.key);
    roleIds.set(role.key, id);
    const { key: _key, ...fields } = role;
    changes.push({ type: 'role.put', item: { id, ...fields } });
  }
  for (const a of findings.achievements) {
    if (!wanted(a.key, existing.achievements)) continue;
    changes.push({
      type: 'achievement.put',
      item: {
        id: newId(a.key),
        title: a.title,
        date: a.date,
        roleId: a.roleKey === null ? null : (roleIds.get(a.roleKey) ?? null),
        tags: a.from === 'work' ? [] : [a.from],
        // The whole line when the title had to be shortened; else the title is the bullet.
        cvBullet: a.text === a.title ? '' : a.text,
      },
    });
  }
  for (const c of findings.certifications) {
    if (!wanted(c.key, existing.certifications)) continue;
    changes.push({
      type: 'certification.put',
      item: { id: newId(c.key), catalogId: c.catalogId, customName: c.catalogId === null ? c.name : '', customBody: c.catalogId === null ? c.issuer : '', status: 'passed', issuedOn: c.issuedOn },
    });
  }
  for (const s of findings.skills) {
    if (!wanted(s.key, existing.skills)) continue;
    const area = selection.skillAreas.get(s.key) ?? s.area ?? undefined;
    if (area === undefined) continue;
    changes.push({ type: 'skill.put', item: { id: newId(s.key), catalogId: s.catalogId, area, name: s.name, description: shorten(s.keywords.join(', '), LIMITS.mediumText) } });
  }
  const patch = Object.fromEntries([...selection.profileFields].filter((f) => findings.profile[f] !== '').map((f) => [f, findings.profile[f]]));
  if (Object.keys(patch).length > 0) changes.push({ type: 'profile.update', patch });
  if (changes.length === 0) return null;
  return { type: 'batch', changes };
}
