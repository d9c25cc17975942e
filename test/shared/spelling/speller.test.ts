import fs from 'node:fs';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpeller, type Speller } from '../../../shared/spelling/speller';
import { textWords } from '../../../shared/spelling/words';

const dictionary = (name: string) => ({ aff: fs.readFileSync(`node_modules/${name}/index.aff`, 'utf8'), dic: fs.readFileSync(`node_modules/${name}/index.dic`, 'utf8') });

describe('the words a checker sees', () => {
  it('skips numbers, acronyms, addresses and names with a capital inside, and splits hyphenated words', () => {
    expect(textWords('Led the PMO’s stage-gate reviews for Q3 at acme.com with PowerBI, RAID logs and P3O.').map((w) => w.word)).toEqual([
      'Led', 'the', 'stage', 'gate', 'reviews', 'for', 'at', 'with', 'logs', 'and',
    ]);
  });

  it('says where each word starts', () => {
    const text = 'Cut costs by recieving quotes';
    const word = textWords(text).find((w) => w.word === 'recieving')!;
    expect(text.slice(word.index, word.index + word.word.length)).toBe('recieving');
  });
});

describe('spelling with the bundled dictionaries', () => {
  let gb: Speller;
  let us: Speller;
  beforeAll(() => {
    gb = createSpeller(dictionary('dictionary-en-gb'));
    us = createSpeller(dictionary('dictionary-en'));
  });

  it('knows British and American spellings apart', () => {
    expect(gb.check('I organised the programme and colour-coded the catalogue').map((m) => m.word)).toEqual([]);
    expect(us.check('I organised the programme and colour-coded the catalogue').map((m) => m.word)).toEqual(['organised', 'programme', 'colour', 'catalogue']);
    expect(us.check('I organized the program and color-coded the catalog')).toEqual([]);
    expect(gb.check('color').map((m) => m.word)).toEqual(['color']);
  });

  it('suggests the word meant, and places each misspelling in the text', () => {
    const [miss] = gb.check('We will recieve the benefits');
    expect(miss).toMatchObject({ word: 'recieve', index: 8 });
    expect(miss!.suggestions).toContain('receive');
    expect(miss!.suggestions.length).toBeLessThanOrEqual(4);
  });

  it('knows the catalog’s PMO terms and the person’s own words', () => {
    // Tool and method names from the listing vocabulary, which a general dictionary lacks.
    expect(gb.check('Smartsheet and Planview reports').map((m) => m.word)).toEqual([]);
    const { aff, dic } = dictionary('dictionary-en-gb');
    expect(nspell(aff, dic).correct('Planview')).toBe(false); // so it is the catalog that knows it
    expect(createSpeller({ aff, dic }).isKnown('Planview')).toBe(true);
    expect(gb.check('Northwind and Contoso').map((m) => m.word)).toEqual(['Northwind', 'Contoso']);
    gb.setUserWords(['northwind', 'Contoso']);
    expect(gb.check('Northwind and Contoso')).toEqual([]);
    gb.setUserWords([]);
    expect(gb.check('Northwind').map((m) => m.word)).toEqual(['Northwind']);
  });
});

describe('the English a CV is written in', () => {
  it('is the person’s choice, else the computer’s language, and the print page says so', async () => {
    const { resolveEnglish } = await import('../../../shared/spelling/english');
    const { buildCvDocument, DEFAULT_EXPORT_OPTIONS, renderPrintHtml } = await import('../../../shared/cv/export');
    const { createEmptyPlan } = await import('../../../shared/model');
    expect(resolveEnglish(null, 'en-US')).toBe('en-US');
    expect(resolveEnglish(null, 'en-GB')).toBe('en-GB');
    expect(resolveEnglish(null, 'de-DE')).toBe('en-GB');
    expect(resolveEnglish('en-GB', 'en-US')).toBe('en-GB');
    const plan = createEmptyPlan('2026-03-01T00:00:00.000Z');
    const american = buildCvDocument({ ...plan, preferences: { ...plan.preferences, english: 'en-US' } }, DEFAULT_EXPORT_OPTIONS, '2026-03-01');
    expect(american.language).toBe('en-US');
    expect(renderPrintHtml(american)).toContain('<html lang="en-US">');
    const british = buildCvDocument({ ...plan, preferences: { ...plan.preferences, english: 'en-GB' } }, DEFAULT_EXPORT_OPTIONS, '2026-03-01');
    expect(renderPrintHtml(british)).toContain('<html lang="en-GB">');
  });
});
