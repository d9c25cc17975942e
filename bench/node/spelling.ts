import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createSpeller } from '../../shared/spelling/speller';

/**
 * Spelling speed (issue 16): building the speller for British English (what the page does once, on
 * first use), then checking a 300-word story with two misspellings, 50 runs, each a new text so no
 * suggestion is remembered from the run before.
 */
export interface SpellingSamples {
  build: number;
  check: number[];
  words: number;
}

const LONG_WORDS = ['programme', 'organised', 'regional', 'managers', 'reviews', 'stakeholder', 'portfolio', 'governance', 'benefits', 'reporting', 'dependencies', 'milestones'];
const STORY = 'I led the programme office for a regional trust and organised weekly reviews of the RAID log with twelve project managers ';

export function benchSpelling({ runs = 50 } = {}): SpellingSamples {
  const dictionary = { aff: readFileSync('node_modules/dictionary-en-gb/index.aff', 'utf8'), dic: readFileSync('node_modules/dictionary-en-gb/index.dic', 'utf8') };
  let t0 = performance.now();
  const speller = createSpeller(dictionary);
  const build = performance.now() - t0;
  const words = STORY.trim().split(/\s+/);
  const out: SpellingSamples = { build, check: [], words: 300 };
  for (let run = 0; run < runs + 3; run++) {
    // Two misspellings never seen before: a long word of the story with one letter dropped.
    const typo = (k: number) => {
      const word = LONG_WORDS[(run + k) % LONG_WORDS.length]!;
      const at = 1 + ((run * 7 + k * 3) % (word.length - 2));
      return word.slice(0, at) + word.slice(at + 1);
    };
    const text = [...Array.from({ length: 298 }, (_, i) => words[(i + run) % words.length]), typo(0), typo(5)].join(' ');
    t0 = performance.now();
    speller.check(text);
    const took = performance.now() - t0;
    if (run >= 3) out.check.push(took);
  }
  return out;
}
