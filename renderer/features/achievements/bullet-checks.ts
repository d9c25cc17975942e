import { cvBulletHints, wordsOf, type CvHint, type CvHintCode } from '../../../shared/cv';

/**
 * The shared hints list what is wrong with a bullet; the editor shows the same advice the other way
 * round, as a checklist of things to get right, so a person sees progress as well as problems.
 */
export interface BulletCheck {
  id: string;
  label: string;
  met: boolean;
  /** Extra words shown beside the label, e.g. the word count. */
  detail: string | null;
  /** The hint's own advice when not met. */
  advice: string | null;
}

const CHECKS: readonly { id: string; label: string; codes: readonly CvHintCode[] }[] = [
  { id: 'verb', label: 'Starts with an action verb', codes: ['no-action-verb'] },
  { id: 'number', label: 'Has a number', codes: ['no-number'] },
  { id: 'length', label: 'Between 8 and 35 words', codes: ['too-short', 'too-long'] },
  { id: 'pronouns', label: 'No first-person pronouns', codes: ['first-person'] },
  { id: 'duty', label: 'An achievement, not a duty', codes: ['duty-not-achievement'] },
  { id: 'sentence', label: 'One sentence', codes: ['more-than-one-sentence'] },
];

export function bulletChecks(bullet: string): BulletCheck[] {
  const hints = cvBulletHints(bullet);
  // An empty bullet meets nothing: the shared hints report only "empty" for it.
  const empty = hints.some((h) => h.code === 'empty');
  const words = wordsOf(bullet).length;
  return CHECKS.map((check) => {
    const hint: CvHint | undefined = hints.find((h) => check.codes.includes(h.code));
    const detail = check.id === 'length' ? `${words} ${words === 1 ? 'word' : 'words'}` : null;
    return { id: check.id, label: check.label, met: !empty && hint === undefined, detail, advice: hint?.message ?? null };
  });
}

/** One sentence for screen readers, e.g. "4 of 6 checks met. Not yet: Has a number; One sentence." */
export function checksSummary(checks: readonly BulletCheck[]): string {
  const missing = checks.filter((c) => !c.met);
  const head = `${checks.length - missing.length} of ${checks.length} checks met.`;
  return missing.length === 0 ? `${head} The bullet is CV-ready.` : `${head} Not yet: ${missing.map((c) => c.label).join('; ')}.`;
}

/** Spelling as a check of the list: met when no word is misspelt. */
export function spellingCheck(misspellings: readonly { word: string }[]): BulletCheck {
  const words = [...new Set(misspellings.map((m) => m.word))];
  return { id: 'spelling', label: 'Spelling', met: words.length === 0, detail: null, advice: words.length === 0 ? null : `Check ${words.map((w) => `“${w}”`).join(', ')}.` };
}
