import { describe, expect, it } from 'vitest';
import { composeStar } from '../../../shared/cv';
import { shapeResult } from '../../../shared/cv/result-shape';

const ACTION = 'Introduced one status template';
const star = (action: string, result: string) => composeStar({ situation: 'Context', task: 'Goal', action, result });
const joined = (result: string) => star(ACTION, result);

describe('how a STAR result joins its action', () => {
  it('joins a result that starts with a verb in -ing with a comma only', () => {
    expect(joined('cutting board-pack preparation from 3 days to 1')).toBe('Introduced one status template, cutting board-pack preparation from 3 days to 1.');
    expect(joined('Stopping 4 low-value projects.')).toBe('Introduced one status template, stopping 4 low-value projects.');
    // A clause later in the result ("that were late") does not make it a sentence of its own.
    expect(joined('stopping 4 projects that were late')).toBe('Introduced one status template, stopping 4 projects that were late.');
    expect(shapeResult('cutting costs by 20%').shape).toBe('participle');
  });

  it('treats an -ing word with a verb of its own as the subject of a clause', () => {
    expect(joined('reporting time fell by 40%')).toBe('Introduced one status template, so reporting time fell by 40%.');
    expect(shapeResult('onboarding time halved').shape).toBe('clause');
    // Words that only look like participles.
    expect(shapeResult('nothing was late for 6 months').shape).toBe('clause');
  });

  it('joins a result that starts with a verb in the past with "and", as a second thing the person did', () => {
    expect(joined('saved £120,000 in the first year')).toBe('Introduced one status template and saved £120,000 in the first year.');
    expect(joined('Cut costs by 20%')).toBe('Introduced one status template and cut costs by 20%.');
    expect(joined('was adopted by 3 other divisions')).toBe('Introduced one status template and was adopted by 3 other divisions.');
  });

  it('joins an amount or quantity with no verb of its own with ", with"', () => {
    expect(joined('40% fewer late reports')).toBe('Introduced one status template, with 40% fewer late reports.');
    expect(joined('£12,000 saved in year one')).toBe('Introduced one status template, with £12,000 saved in year one.');
    expect(joined('No late reports for 6 months')).toBe('Introduced one status template, with no late reports for 6 months.');
    expect(joined('Three projects recovered')).toBe('Introduced one status template, with three projects recovered.');
  });

  it('joins a clause with its own subject and verb with ", so"', () => {
    expect(joined('reports went out on time')).toBe('Introduced one status template, so reports went out on time.');
    expect(joined('The board approved the plan')).toBe('Introduced one status template, so the board approved the plan.');
    // An amount that is the subject of a verb is a clause, not a measure.
    expect(joined('95% of reports went out on time')).toBe('Introduced one status template, so 95% of reports went out on time.');
    expect(joined('40% of projects delivered their benefits')).toBe('Introduced one status template, so 40% of projects delivered their benefits.');
  });

  it('uses the joining word or preposition the person already typed', () => {
    expect(joined('so the board could decide faster')).toBe('Introduced one status template, so the board could decide faster.');
    expect(joined('Which the board adopted.')).toBe('Introduced one status template, which the board adopted.');
    expect(joined('within budget')).toBe('Introduced one status template, within budget.');
    expect(joined('Down from 12 open risks to 3')).toBe('Introduced one status template, down from 12 open risks to 3.');
    expect(joined('up 40% on last year')).toBe('Introduced one status template, up 40% on last year.');
    expect(star('Introduced a template and', 'cut costs')).toBe('Introduced a template and cut costs.');
    expect(star('Introduced a template, so', 'reports went out on time')).toBe('Introduced a template, so reports went out on time.');
  });

  it('keeps a capital that may belong to a name, an acronym or "I"', () => {
    expect(joined('Finance signed it off')).toBe('Introduced one status template, so Finance signed it off.');
    expect(joined('PMO reports went out on time')).toBe('Introduced one status template, so PMO reports went out on time.');
    expect(joined('I was asked to roll it out')).toBe('Introduced one status template, so I was asked to roll it out.');
  });

  it('uses the action or the result alone when the other is blank, as one sentence', () => {
    expect(star('  introduced a template. ', '')).toBe('Introduced a template.');
    expect(star('', 'cutting costs by 20%!')).toBe('Cutting costs by 20%.');
    expect(star('', ' ')).toBeNull();
  });

  it('ends with exactly one full stop whatever the person typed at the end', () => {
    expect(joined('reports went out on time!')).toBe('Introduced one status template, so reports went out on time.');
    expect(joined('the sponsor said "well done."')).toBe('Introduced one status template, so the sponsor said "well done".');
    expect(star('Introduced a template?', 'cutting costs...')).toBe('Introduced a template, cutting costs.');
    expect(joined('cutting costs (by 20%.)')).toBe('Introduced one status template, cutting costs (by 20%).');
  });
});
