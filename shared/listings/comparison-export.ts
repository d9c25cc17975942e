import { fileNamePart } from '../cv/export/formats';
import type { ComparisonFormat } from '../ipc/listings';
import type { Listing } from '../model/listing';
import { LISTING_STATUS_LABELS } from '../model/vocabulary';
import type { AskGroup } from './analyse';
import { GRADE_LABELS, type GradedAsk } from './grade';
import type { ListingSummary } from './summary';

/**
 * One listing's comparison as a file to prepare an application with: plain text or Markdown, the
 * listing's details, the summary in words, and every ask grouped, with its grade and the reason.
 */
export { COMPARISON_FORMATS, type ComparisonFormat } from '../ipc/listings';

export const ASK_GROUP_LABELS: Record<AskGroup, string> = {
  certification: 'Certifications',
  skill: 'PMO skills',
  tool: 'Tools',
  experience: 'Experience',
  degree: 'Education',
};

const WEIGHT_WORDS = { required: 'essential', general: 'mentioned', desirable: 'desirable' } as const;

export interface ComparisonInput {
  listing: Listing;
  graded: readonly GradedAsk[];
  summary: ListingSummary;
  /** YYYY-MM-DD, printed as the day the comparison was made. */
  today: string;
}

export function renderComparison(input: ComparisonInput, format: ComparisonFormat): string {
  const md = format === 'md';
  const { listing, graded, summary } = input;
  const title = [listing.title, listing.organisation].filter((p) => p.trim() !== '').join(' at ');
  const out: string[] = [];
  out.push(md ? `# ${escapeMd(title)}` : title, ...(md ? [] : ['='.repeat(Math.min(title.length, 72))]), '');
  const details = [
    listing.link ? `Link: ${listing.link}` : '',
    listing.seenOn ? `Seen on: ${listing.seenOn}` : '',
    listing.closesOn ? `Closes on: ${listing.closesOn}` : '',
    `Status: ${LISTING_STATUS_LABELS[listing.status]}${listing.statusOn ? ` (since ${listing.statusOn})` : ''}`,
    `Compared with your plan on ${input.today}`,
  ].filter(Boolean);
  out.push(...details.map((line) => (md ? `- ${escapeMd(line)}` : line)), '');
  // One paragraph each (a blank line between): Markdown would run consecutive lines together.
  for (const line of [summary.headline, summary.essentials, summary.toCheck]) if (line !== null) out.push(md ? escapeMd(line) : line, '');
  for (const [group, label] of Object.entries(ASK_GROUP_LABELS) as [AskGroup, string][]) {
    const items = graded.filter((g) => g.ask.group === group);
    if (items.length === 0) continue;
    out.push(md ? `## ${label}` : label, ...(md ? [] : ['-'.repeat(label.length)]), '');
    for (const item of items) {
      const head = `${item.ask.label} (${WEIGHT_WORDS[item.ask.weight]}): ${GRADE_LABELS[item.grade]}`;
      out.push(md ? `- **${escapeMd(head)}**. ${escapeMd(item.reason)}` : `* ${head}. ${item.reason}`);
    }
    out.push('');
  }
  if (listing.notes.trim() !== '') out.push(md ? '## Notes' : 'Notes', ...(md ? [] : ['-----']), '', md ? escapeMd(listing.notes) : listing.notes, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Markdown's own characters in the person's words are shown as typed, never as formatting. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** "Comparison - Senior PMO Analyst - Acme - 2026-12-01.md" */
export function comparisonFileName(listing: Pick<Listing, 'title' | 'organisation'>, format: ComparisonFormat, today: string): string {
  const parts = ['Comparison', fileNamePart(listing.title, 60), fileNamePart(listing.organisation, 60), today].filter((p) => p !== '');
  return `${parts.join(' - ')}.${format}`;
}
