/**
 * Edges of reading a STAR result's shape (shapeResult): where the part its verb is looked for in
 * ends (a spaced dash, a comma after a word, but not the comma inside "£12,000" nor a bracket that
 * opens the whole result), which words count as participles, verbs in the past and amounts, and
 * when the first letter may be lower-cased (never an all-capitals word, and only after any opening
 * quotes or brackets are looked past, and before any closing marks).
 */
import { describe, expect, it } from 'vitest';
import { shapeResult } from '../../../shared/cv/result-shape';

describe('where the part a result\'s verb is looked for in ends', () => {
  it('reads the first word past leading spaces', () => {
    expect(shapeResult(' cutting costs by 20%')).toEqual({ shape: 'participle', text: ' cutting costs by 20%' });
  });

  it('stops at a spaced dash, so a verb after it does not make the result a clause', () => {
    expect(shapeResult('cutting costs - budgets were met').shape).toBe('participle');
  });

  it('stops at a word ending in a comma', () => {
    expect(shapeResult('cutting costs, budgets were met').shape).toBe('participle');
  });

  it('does not stop at the comma inside an amount such as £12,000', () => {
    expect(shapeResult('£12,000 was saved')).toEqual({ shape: 'clause', text: '£12,000 was saved' });
  });

  it('reads on past the opening bracket of a result typed in brackets', () => {
    expect(shapeResult('(95% of reports went out on time)').shape).toBe('clause');
  });
});

describe('which first words make a participle, a predicate or a measure', () => {
  it('counts a five-letter -ing word such as "using" as a participle', () => {
    expect(shapeResult('Using one template for every project')).toEqual({ shape: 'participle', text: 'using one template for every project' });
  });

  it('does not count a four-letter word ending in -ing, such as "King", as a participle', () => {
    expect(shapeResult('King Street office opened on time')).toEqual({ shape: 'clause', text: 'King Street office opened on time' });
  });

  it('counts a regular verb in the past that is not in the action-verb list as a predicate', () => {
    expect(shapeResult('Cleared the backlog in 3 weeks')).toEqual({ shape: 'predicate', text: 'cleared the backlog in 3 weeks' });
  });

  it('does not take a word with "ed" in the middle, such as "Schedule", for a verb in the past', () => {
    expect(shapeResult('Schedule adherence above 95%')).toEqual({ shape: 'clause', text: 'Schedule adherence above 95%' });
  });

  it('does not take a hyphenated adjective such as "Open-ended" for a verb in the past', () => {
    expect(shapeResult('Open-ended risks down to 3')).toEqual({ shape: 'clause', text: 'Open-ended risks down to 3' });
  });

  it('counts a single digit as an amount', () => {
    expect(shapeResult('4 projects recovered')).toEqual({ shape: 'measure', text: '4 projects recovered' });
  });

  it('does not count a label with a digit after letters, such as "Q3", as an amount', () => {
    expect(shapeResult('Q3 targets met early')).toEqual({ shape: 'clause', text: 'Q3 targets met early' });
  });
});

describe('when the first letter of a result is lower-cased', () => {
  it('keeps the capital of a measure whose first word after the currency sign is not a quantity word', () => {
    expect(shapeResult('£Millions saved across the portfolio')).toEqual({ shape: 'measure', text: '£Millions saved across the portfolio' });
  });

  it('keeps an all-capitals first word as typed rather than respelling it', () => {
    expect(shapeResult('ZERO late reports for 6 months')).toEqual({ shape: 'measure', text: 'ZERO late reports for 6 months' });
  });

  it('lower-cases a verb behind an opening bracket and quote', () => {
    expect(shapeResult('("Cutting costs by 20%")')).toEqual({ shape: 'participle', text: '("cutting costs by 20%")' });
  });

  it('lower-cases a verb followed by an ellipsis', () => {
    expect(shapeResult('Saved... £12,000 in year one')).toEqual({ shape: 'predicate', text: 'saved... £12,000 in year one' });
  });
});
