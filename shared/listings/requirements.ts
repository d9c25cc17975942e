import type { TextSpan, Weight } from './sections';

/**
 * The two things adverts ask for that are not vocabulary terms: years of experience ("5+ years'
 * experience in a PMO") and a degree. Found with patterns over the weighed sentences.
 */

export interface ExperienceAsk {
  years: number;
  /** The advert's words, e.g. "3+ years' experience in a PMO environment". */
  phrase: string;
  start: number;
  end: number;
  weight: Weight;
}

export interface DegreeAsk {
  /** "a degree", "an MBA", "a master's degree". */
  label: string;
  start: number;
  end: number;
  weight: Weight;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15 };
const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)`;
// "3-5 years", "5+ years'", "5 years+", "5 yrs", "at least two years of relevant experience",
// "minimum 3 years working in"; the trailing words (what the experience is in) are the phrase's tail.
const YEARS = new RegExp(
  String.raw`\b${COUNT}(?:\s*(?:-|–|to)\s*${COUNT})?\s*\+?\s*(?:\(\d{1,2}\)\s*)?(?:years?|yrs?)['’]?\+?(?:\s+(?:of|in|with))?(?:\s+[\p{L}/-]+){0,5}?\s+(?:experience|working|work)\b([^.;\n]{0,60})`,
  'giu',
);
// "Experience: 3 years in a PMO", "Experience of at least 5 years".
const YEARS_AFTER = new RegExp(String.raw`\bexperience\b[^.;\n\d]{0,25}?\b${COUNT}\s*\+?\s*(?:years?|yrs?)\b['’]?\+?()`, 'giu');

// "a high degree of accuracy" is not a degree, nor is a Scrum Master's.
const DEGREE_WORDS = /\b(bachelor['’]?s?(?: degree)?|(?<!scrum\s+)master['’]?s(?: degree)?|postgraduate (?:degree|qualification)|(?:university |undergraduate |honours |first |2:1 )?degree(?! of\b))/giu;
const DEGREE_LETTERS = /\b(MBA|MSc|BSc)\b/gu;

const MENTIONS_YEARS = /\b(years?|yrs?)\b/i;
const MENTIONS_DEGREE = /degree|bachelor|master|postgraduate|MBA|MSc|BSc/i;

export function findExperience(text: string, spans: readonly TextSpan[]): ExperienceAsk | null {
  // Most sentences say nothing of years: one cheap test before the two costly patterns.
  if (!MENTIONS_YEARS.test(text)) return null;
  let best: ExperienceAsk | null = null;
  for (const span of spans) {
    if (span.weight === null) continue;
    const words = text.slice(span.start, span.end);
    if (!MENTIONS_YEARS.test(words)) continue;
    for (const match of [...words.matchAll(YEARS), ...words.matchAll(YEARS_AFTER)]) {
      const years = toNumber(match[1]!);
      if (years === null || years < 1 || years > 40) continue;
      const phrase = match[0].trim().replace(/[,:]$/, '');
      const start = span.start + match.index;
      // The highlight ends at "experience": what follows may hold terms of its own, highlighted apart.
      const tail = match[match.length - 1] ?? '';
      const ask: ExperienceAsk = { years, phrase, start, end: start + match[0].length - tail.length, weight: span.weight };
      // The most it asks for is what to measure the plan against.
      if (!best || years > best.years) best = ask;
    }
  }
  return best;
}

export function findDegree(text: string, spans: readonly TextSpan[]): DegreeAsk | null {
  if (!MENTIONS_DEGREE.test(text)) return null;
  for (const span of spans) {
    if (span.weight === null) continue;
    const words = text.slice(span.start, span.end);
    if (!MENTIONS_DEGREE.test(words)) continue;
    const match = [...words.matchAll(DEGREE_LETTERS), ...words.matchAll(DEGREE_WORDS)].sort((a, b) => a.index - b.index)[0];
    if (match) {
      const start = span.start + match.index;
      return { label: degreeLabel(match[1]!), start, end: start + match[0].length, weight: span.weight };
    }
  }
  return null;
}

function degreeLabel(word: string): string {
  if (word === 'MBA') return 'an MBA';
  if (/^(MSc|master|postgraduate)/i.test(word)) return "a master's degree";
  return 'a degree';
}

function toNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}
