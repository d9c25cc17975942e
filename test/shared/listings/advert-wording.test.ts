import { describe, expect, it } from 'vitest';
import { NOW, TODAY, analyse, apply, ask, keys, weightOf, words } from '../../support/listing-asks';
import { VOCABULARY, type VocabularyTerm } from '../../../shared/catalog/vocabulary';
import { closeGapChange, gapActions, gradeAsks, listingAnalyser, type GapAction } from '../../../shared/listings';
import { weighSpans } from '../../../shared/listings/sections';
import { ListingFieldsSchema, createEmptyPlan } from '../../../shared/model';

/**
 * The ways real adverts are written that the analysis once misread (a tester's findings, each pinned
 * to the advert wording that showed it), and the gaps whose suggested plan item once left the ask
 * Missing: every certification's suggested certification and every term's suggested milestone now
 * plans the ask it was offered for.
 */


/** The first way of writing the term that needs no other words near it ("MSP" alone is not the certification). */
const plainAlias = (term: VocabularyTerm) => (term.aliases.find((a) => a.needsNearby.length === 0) ?? term.aliases[0]!).text;

/** Starting from an empty plan: the ask for "Essential: <term>.", closed by the action of this kind, and the grade after. */
function closeGap(term: VocabularyTerm, kind: GapAction['kind']) {
  const text = `Essential: ${plainAlias(term)}.`;
  const plan = createEmptyPlan(NOW);
  const graded = gradeAsks(analyse(text).asks, plan, TODAY).find((g) => g.ask.key === term.id);
  if (!graded) throw new Error(`No ask ${term.id} in ${JSON.stringify(text)}; found ${keys(analyse(text)).join(', ')}`);
  const action = gapActions(graded, plan).find((a) => a.kind === kind);
  if (!action) throw new Error(`No ${kind} action for ${term.id}`);
  const listing = ListingFieldsSchema.parse({ id: 'l1', title: 'PMO Analyst', text });
  const after = apply(plan, closeGapChange(listing, term.id, action, 'new-id'));
  const regraded = gradeAsks(listingAnalyser(after.termMappings).analyse(text).asks, after, TODAY).find((g) => g.ask.key === term.id)!;
  return { before: graded, action, after, regraded };
}

const CERTIFICATION_TERMS = VOCABULARY.filter((t) => t.kind === 'certification');
const byId = (id: string) => VOCABULARY.find((t) => t.id === id)!;

describe('closing a gap plans the ask it was offered for', () => {
  it('1. the custom certification suggested for “Change Management Foundation” plans it', () => {
    const text = 'Essential: Change Management Foundation.';
    expect(keys(analyse(text))).toEqual(['cert-change-management']);
    const { before, action, after, regraded } = closeGap(byId('cert-change-management'), 'add-certification');
    expect(before.grade).toBe('missing');
    expect(action.label).toBe('Add Change Management (APMG) to your certifications');
    expect(after.certifications).toEqual([expect.objectContaining({ id: 'new-id', catalogId: null, customName: 'Change Management (APMG)', status: 'planned' })]);
    expect(after.listings[0]!.closedGaps).toEqual([{ termId: 'cert-change-management', collection: 'certifications', itemId: 'new-id' }]);
    expect(regraded.grade).toBe('planned');
  });

  it.each(CERTIFICATION_TERMS.map((t) => [t.id, t] as const))('every certification: %s by add-certification is Planned', (id, term) => {
    const { before, after, regraded } = closeGap(term, 'add-certification');
    expect(before.grade).toBe('missing');
    expect(after.certifications.map((c) => c.id)).toEqual(['new-id']);
    expect(after.listings).toHaveLength(1);
    expect(after.listings[0]!.closedGaps).toEqual([{ termId: id, collection: 'certifications', itemId: 'new-id' }]);
    expect(regraded.grade).toBe('planned');
  });

  it('2. the milestone suggested for the terms whose milestone title did not name them plans them', () => {
    const once = ['cert-prince2', 'cert-msp', 'cert-csm', 'cert-change-management', 'skill-benefits', 'skill-people-leadership', 'skill-improvement', 'skill-pmo-functions', 'skill-project-fundamentals'];
    for (const id of once) {
      const { before, after, regraded } = closeGap(byId(id), 'add-milestone');
      expect(before.grade, id).toBe('missing');
      expect(after.milestones.map((m) => m.id), id).toEqual(['new-id']);
      expect(after.milestones[0]!.notes, id).toContain('“PMO Analyst”');
      expect(after.listings[0]!.closedGaps, id).toEqual([{ termId: id, collection: 'milestones', itemId: 'new-id' }]);
      expect(regraded.grade, id).toBe('planned');
    }
  });

  it.each(VOCABULARY.map((t) => [t.id, t] as const))('every term: %s by add-milestone is Planned', (id, term) => {
    const { before, after, regraded } = closeGap(term, 'add-milestone');
    expect(before.grade).toBe('missing');
    expect(after.milestones).toEqual([expect.objectContaining({ id: 'new-id', title: term.suggestedMilestone })]);
    expect(after.milestones[0]!.notes).toContain('asked for in the job listing “PMO Analyst”');
    expect(after.listings[0]!.closedGaps).toEqual([{ termId: id, collection: 'milestones', itemId: 'new-id' }]);
    expect(regraded.grade).toBe('planned');
  });
});

describe('how adverts say what is required and what is desirable', () => {
  it('3. “preferred” and “a plus” in the sentence make it desirable, and only in their own part of it', () => {
    expect(weightOf('PMP certification preferred.', 'cert-pmp')).toBe('desirable');
    expect(weightOf('Experience with Jira a plus.', 'tool-jira')).toBe('desirable');
    const text = "Bachelor's degree required; MBA preferred.";
    // The degree ask takes the strongest part: the Bachelor's, which is required.
    expect(ask(analyse(text), 'degree').weight).toBe('required');
    expect(words(text, 'degree')[0]).toBe("Bachelor's degree");
    const at = (word: string) => weighSpans(text).find((s) => s.start <= text.indexOf(word) && text.indexOf(word) < s.end)?.weight;
    expect(at('Bachelor')).toBe('required');
    expect(at('MBA')).toBe('desirable');
  });

  it('4. a “Basic qualifications” heading is required; a “Bonus:” label desirable', () => {
    expect(analyse('Basic qualifications\n- PMP\n- Jira').asks.map((a) => [a.key, a.weight])).toEqual([
      ['cert-pmp', 'required'],
      ['tool-jira', 'required'],
    ]);
    expect(weightOf('Bonus: Smartsheet', 'tool-smartsheet')).toBe('desirable');
  });

  it('5. sentence cues are read with their spaces collapsed', () => {
    expect(weightOf('PRINCE2 would  be an  advantage.', 'cert-prince2')).toBe('desirable');
    expect(weightOf('Candidates  must  hold  PMP.', 'cert-pmp')).toBe('required');
  });

  it('10. a bullet that wraps onto a line of heading words stays in its part', () => {
    expect(weightOf('Desirable criteria:\n- Some knowledge of Jira in a busy\nrole\n- Smartsheet', 'tool-smartsheet')).toBe('desirable');
  });
});

describe('degrees', () => {
  it('6. MBA and BSc are degree asks, not other terms', () => {
    for (const [text, word, label] of [
      ['An MBA is required.', 'MBA', 'An MBA'],
      ['You will have a BSc or equivalent.', 'BSc', 'A degree'],
    ] as const) {
      const result = analyse(text);
      expect(ask(result, 'degree'), text).toMatchObject({ group: 'degree', label });
      expect(words(text, 'degree')).toEqual([word]);
      expect(result.otherTerms.map((t) => t.phrase)).not.toContain(word);
    }
  });

  it('7. a Scrum Master’s certificate is not a master’s degree, whatever the spacing', () => {
    expect(keys(analyse("A Scrum  Master's certificate is essential."))).not.toContain('degree');
  });
});

describe('years of experience', () => {
  it.each([
    ['5 years+ experience in a PMO.', 5, '5 years+ experience'],
    ['5 yrs experience in a PMO.', 5, '5 yrs experience'],
    ['Experience: 3 years in a PMO.', 3, 'Experience: 3 years'],
  ])('8. %s', (text, years, phrase) => {
    expect(ask(analyse(text), 'experience')).toMatchObject({ group: 'experience', years, label: `${years}+ years' experience` });
    expect(words(text, 'experience')).toEqual([phrase]);
  });

  it('11. the experience highlight ends at “experience”, and the terms after it are found with their own words', () => {
    const text = 'You will need 5 years of experience in project management and stakeholder management.';
    const result = analyse(text);
    const experience = ask(result, 'experience');
    expect(experience.years).toBe(5);
    expect(words(text, 'experience')).toEqual(['5 years of experience']);
    expect(words(text, 'skill-project-fundamentals')).toEqual(['project management']);
    expect(words(text, 'skill-stakeholders')).toEqual(['stakeholder management']);
    const others = [...ask(result, 'skill-project-fundamentals').mentions, ...ask(result, 'skill-stakeholders').mentions];
    for (const m of others) expect(m.start >= experience.mentions[0]!.end || m.end <= experience.mentions[0]!.start).toBe(true);
  });
});

describe('text broken across lines, written in capitals, or marked ®', () => {
  it('9. finds terms and cues that a hard line break splits', () => {
    const text = 'experience of benefits\nrealisation and Power\nBI';
    expect(words(text, 'skill-benefits')).toEqual(['benefits\nrealisation']);
    expect(words(text, 'tool-power-bi')).toEqual(['Power\nBI']);
    expect(weightOf('Candidates must\nhold PMP.', 'cert-pmp')).toBe('required');
  });

  it('12. EXCEL in capitals, MSP® and Agile PM certification', () => {
    const excel = 'Advanced EXCEL skills are essential.';
    expect(words(excel, 'tool-excel')).toEqual(['EXCEL']);
    expect(analyse(excel).otherTerms.map((t) => t.phrase)).not.toContain('EXCEL');
    const msp = 'MSP® and PMP® holders.';
    expect(keys(analyse(msp))).toContain('cert-msp');
    expect(words(msp, 'cert-msp')).toEqual(['MSP']);
    const agile = 'Agile PM certification desirable.';
    expect(ask(analyse(agile), 'cert-agilepm')).toMatchObject({ group: 'certification', weight: 'desirable' });
    expect(words(agile, 'cert-agilepm')).toEqual(['Agile PM']);
  });
});

describe('what the analysis says about a listing as a whole', () => {
  it.each(['Use excel daily alongside colleagues.', 'Support prioritisation of the workload.'])('13. %s: no terms, not only boilerplate', (text) => {
    const result = analyse(text);
    expect(result.asks).toEqual([]);
    expect(result.problem?.kind).toBe('no-terms');
  });

  it('14. a 50,000-character listing on one line is analysed and gives its terms', () => {
    const text = 'Maintain the RAID log for the programme board each week. '.repeat(1_000).slice(0, 50_000);
    expect(text).toHaveLength(50_000);
    expect(text).not.toContain('\n');
    const result = analyse(text);
    expect(result.problem?.kind).not.toBe('too-long');
    expect(keys(result)).toContain('skill-raid');
    expect(result.words).toBeGreaterThan(8_000);
  });
});
