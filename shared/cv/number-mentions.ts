/**
 * The numbers a piece of text already states, in the forms people type them, so a metric is never
 * written into a bullet twice. Units are ignored on purpose: "40%", "40 %", "40 per cent" and "forty
 * per cent" all state 40; "£12,000", "12000", "12,000" and "£12k" all state 12,000. Reading a number
 * that is there is what matters: a false "already said" drops a repeat, a miss would print it twice.
 */

// A number not glued to letters ("Q3", "GR656" are labels, not amounts), with thousands separators
// or a decimal part, then an optional multiplier ("12k", "1.5m", "2 million").
const NUMBER = /(?<![\p{L}\p{N}.,])(?:(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?|(\.\d+))(?:\s?(k|m|bn|thousand|million|billion)(?![\p{L}\p{N}]))?/giu;

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Number words from zero to ninety-nine ("forty-five", "forty five"), word -> value. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, value) => [word, value] as const),
  ...TENS.flatMap((tens, t) => (tens === '' ? [] : [[tens, t * 10] as const])),
]);

const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}-])(${TENS.filter(Boolean).join('|')})(?:[- ](${UNITS.slice(1, 10).join('|')}))?(?![\\p{L}-])|(?<![\\p{L}-])(${UNITS.join('|')})(?![\\p{L}-])`,
  'giu',
);

/** Every number `text` states, as plain values (a multiplied one also as typed: "5m" gives 5 and 5,000,000). */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [, whole, decimals, bareDecimals, multiplier] = match;
    const value = Number(`${(whole ?? '0').replace(/,/g, '')}${decimals ?? bareDecimals ?? ''}`);
    found.push(value);
    if (multiplier !== undefined) found.push(value * (MULTIPLIERS[multiplier.toLowerCase()] ?? 1));
  }
  for (const match of text.matchAll(NUMBER_WORD)) {
    const [, tens = '', unit = '', single = ''] = match;
    found.push(wordValue(single) + wordValue(tens) + wordValue(unit));
  }
  return found;
}

/**
 * True when `text` states `value`, compared at the precision a metric is printed with (2 decimal
 * places) and without its sign ("-£1,500 variance" is said by "£1,500 under budget").
 */
export function statesNumber(text: string, value: number): boolean {
  const wanted = roundForPrint(Math.abs(value));
  return numbersIn(text).some((found) => roundForPrint(found) === wanted);
}

function wordValue(word: string): number {
  return NUMBER_WORD_VALUES.get(word.toLowerCase()) ?? 0;
}

function roundForPrint(value: number): number {
  // Past 1e306 the scaling overflows; such numbers have no decimals worth rounding anyway.
  return Number.isFinite(value * 100) ? Math.round(value * 100) / 100 : value;
}
