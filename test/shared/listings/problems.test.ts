import { describe, expect, it } from 'vitest';
import { listingAnalyser } from '../../../shared/listings';
import { LIMITS } from '../../../shared/model';
import { BOILERPLATE_LISTING, CHEF_LISTING, FRENCH_LISTING, PARAGRAPH_LISTING, UK_LISTING, US_LISTING } from '../../support/listing-fixtures';

/**
 * What is wrong with a listing's text, said plainly: only an empty or over-long paste stops it being
 * saved; the others explain why the comparison says little.
 */

const analyse = (text: string) => listingAnalyser().analyse(text);

describe('a listing that cannot be saved', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '   \n\t \n  '],
  ])('%s: asks for the advert’s text', (_name, text) => {
    const result = analyse(text);
    expect(result).toMatchObject({ asks: [], otherTerms: [], words: 0 });
    expect(result.problem).toEqual({
      kind: 'empty',
      message: 'Paste the text of a job listing, or drop a .txt, .docx or .pdf file of it here.',
      blocksSaving: true,
    });
  });

  it('a 1 MB paste: too long, naming its length and the limit', () => {
    const text = `${UK_LISTING}\n`.repeat(Math.ceil(1_000_000 / (UK_LISTING.length + 1))).slice(0, 1_000_000);
    const result = analyse(text);
    expect(result.asks).toEqual([]);
    expect(result.problem).toMatchObject({ kind: 'too-long', blocksSaving: true });
    expect(result.problem!.message).toBe(
      'This text is 1,000,000 characters long; a job listing is rarely over 20,000. Paste just the advert: at most 50,000 characters.',
    );
  });

  it('draws the line at the plan’s own limit for listing text', () => {
    const filler = 'Maintain the RAID log for the programme board each week.\n';
    const atLimit = filler.repeat(Math.ceil(LIMITS.listingText / filler.length)).slice(0, LIMITS.listingText);
    expect(analyse(atLimit).problem).toBeNull();
    expect(analyse(`${atLimit}x`).problem).toMatchObject({ kind: 'too-long', blocksSaving: true });
  });
});

describe('a listing that can be saved but says little', () => {
  it('only the employer’s standard wording', () => {
    const result = analyse(BOILERPLATE_LISTING);
    expect(result.asks).toEqual([]);
    expect(result.problem).toEqual({
      kind: 'only-boilerplate',
      message: "This looks like only the employer's standard wording (benefits, equal opportunities, how to apply). Paste the part that describes the role and what it asks for.",
      blocksSaving: false,
    });
  });

  it('another language (French)', () => {
    const result = analyse(FRENCH_LISTING);
    expect(result.problem).toEqual({
      kind: 'not-english',
      message:
        'This listing does not look like English. PMO Pathway knows the English words PMO adverts use, so it cannot say what this one asks for. You can still save it.',
      blocksSaving: false,
    });
    // What it did recognise is still shown.
    expect(result.asks.map((a) => a.key)).toEqual(['cert-prince2']);
  });

  it('no recognisable PMO terms (a chef’s job)', () => {
    const result = analyse(CHEF_LISTING);
    expect(result.asks).toEqual([]);
    expect(result.problem).toEqual({
      kind: 'no-terms',
      message:
        'No PMO certifications, skills or tools were recognised in this listing. If it is a PMO role, map the other terms below to your skills; otherwise it may not be a role this app can compare.',
      blocksSaving: false,
    });
    expect(result.words).toBeGreaterThan(50);
  });
});

describe('a normal listing has no problem', () => {
  it.each([
    ['UK', UK_LISTING],
    ['US', US_LISTING],
    ['paragraphs', PARAGRAPH_LISTING],
  ])('%s', (_name, text) => {
    const result = analyse(text);
    expect(result.problem).toBeNull();
    expect(result.asks.length).toBeGreaterThan(5);
    expect(result.words).toBeGreaterThan(60);
  });

  it('a short advert with one term is fine too, and its words are counted whole', () => {
    expect(analyse('PRINCE2 Practitioner essential.')).toMatchObject({ problem: null, words: 3 });
    // An apostrophe or a dot inside a word keeps it one word.
    expect(analyse("A bachelor's degree; Monday.com and Jira.").words).toBe(6);
  });
});
