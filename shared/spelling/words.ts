/**
 * The words of a text as a spelling checker should see them, with where each starts: runs of letters
 * (with inner apostrophes and hyphens), leaving out what is not a word to check: numbers and anything
 * with a digit ("Q3", "P3O"), acronyms in capitals ("PMO", "RAID"), web and email addresses, and words
 * with a capital inside ("PowerBI", "iPhone"), which are names. An acronym's possessive ("PMO’s") is an
 * acronym too.
 */
export interface TextWord {
  word: string;
  /** Offset of the word in the text, in UTF-16 units. */
  index: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.@/:_-]*/gu;
const ADDRESS = /@|:\/\/|^www\.|\.(com|org|net|uk|io)$/i;

export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (ADDRESS.test(raw)) continue;
    // A token like "stage-gate" is checked as its parts; trailing marks ("review.", "PMs'") go.
    let offset = 0;
    for (const part of raw.split(/[-./:_]/)) {
      const word = part.replace(/['’]+$/u, '');
      const index = (match.index ?? 0) + offset;
      offset += part.length + 1;
      if (word === '' || /\p{N}/u.test(word)) continue;
      const base = word.replace(/['’]s$/u, '');
      if (base.length > 1 && base === base.toUpperCase()) continue; // an acronym, or one's possessive ("PMO’s")
      if (/\p{Ll}\p{Lu}/u.test(word)) continue; // a name with a capital inside
      words.push({ word, index });
    }
  }
  return words;
}
