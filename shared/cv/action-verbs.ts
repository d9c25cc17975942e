/**
 * Common past-tense action verbs for CV bullets, lowercase. A bullet that starts with one of these reads
 * as something the person did. British and American spellings are both listed because the same CV may
 * be sent to either market. Weak verbs ("helped", "assisted", "worked", "participated") are left out on
 * purpose: they describe presence, not action.
 */
export const PAST_TENSE_ACTION_VERBS: readonly string[] = [
  'accelerated', 'achieved', 'acquired', 'adapted', 'addressed', 'administered', 'advised', 'advocated',
  'aligned', 'allocated', 'analysed', 'analyzed', 'appointed', 'approved', 'arranged', 'assessed',
  'assured', 'audited', 'authored', 'automated',
  'balanced', 'benchmarked', 'boosted', 'briefed', 'budgeted', 'built',
  'calculated', 'centralised', 'centralized', 'chaired', 'championed', 'clarified', 'coached',
  'collaborated', 'compiled', 'completed', 'consolidated', 'controlled', 'converted', 'coordinated',
  'co-ordinated', 'created', 'cut',
  'decreased', 'defined', 'delivered', 'designed', 'developed', 'devised', 'directed', 'documented',
  'doubled', 'drafted', 'drove',
  'eliminated', 'embedded', 'enabled', 'engaged', 'established', 'estimated', 'evaluated', 'exceeded',
  'executed', 'expanded', 'expedited',
  'facilitated', 'finalised', 'finalized', 'forecast', 'forecasted', 'formalised', 'formalized', 'founded',
  'gained', 'generated', 'governed', 'grew', 'guided',
  'halved', 'handled', 'headed', 'hired',
  'identified', 'implemented', 'improved', 'increased', 'influenced', 'initiated', 'inspected',
  'instituted', 'integrated', 'introduced',
  'launched', 'led', 'liaised',
  'maintained', 'managed', 'mapped', 'maximised', 'maximized', 'measured', 'mentored', 'merged',
  'migrated', 'minimised', 'minimized', 'mitigated', 'mobilised', 'mobilized', 'modelled', 'modeled',
  'modernised', 'modernized', 'monitored', 'motivated',
  'negotiated',
  'onboarded', 'optimised', 'optimized', 'orchestrated', 'organised', 'organized', 'overhauled', 'oversaw',
  'partnered', 'piloted', 'pioneered', 'planned', 'prepared', 'presented', 'prioritised', 'prioritized',
  'produced', 'proposed', 'published',
  'raised', 'ran', 'rationalised', 'rationalized', 'rebuilt', 'recommended', 'reconciled', 'recruited',
  'redesigned', 'reduced', 're-engineered', 'refined', 'reorganised', 'reorganized', 'replaced',
  'reported', 'represented', 'resolved', 'restructured', 'revamped', 'reviewed', 'revised',
  'saved', 'scheduled', 'scoped', 'secured', 'shaped', 'simplified', 'spearheaded', 'sponsored',
  'standardised', 'standardized', 'steered', 'streamlined', 'strengthened', 'structured', 'supervised',
  'surpassed',
  'taught', 'tracked', 'trained', 'transformed', 'trebled', 'tripled',
  'unified', 'upgraded',
  'validated',
  'won', 'wrote',
];

const VERBS = new Set(PAST_TENSE_ACTION_VERBS);

/** True when `word` (any case, surrounding punctuation ignored) is one of the listed action verbs. */
export function isPastTenseActionVerb(word: string): boolean {
  return VERBS.has(normaliseWord(word));
}

/** Lowercase, curly apostrophes straightened, leading and trailing punctuation removed. */
export function normaliseWord(word: string): string {
  return word
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLocaleLowerCase('en-GB');
}
