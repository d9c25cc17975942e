import { describe, expect, it } from 'vitest';
import { NOW, analyse, apply, ask, keys, weightOf, words } from '../../support/listing-asks';
import { listingAnalyser } from '../../../shared/listings';
import { createEmptyPlan, type Plan, type PlanChangeInput } from '../../../shared/model';
import { PARAGRAPH_LISTING, UK_LISTING, US_LISTING } from '../../support/listing-fixtures';

/**
 * What a listing asks for, found in its own words: whole words, the listing's spelling, context for
 * ambiguous abbreviations, the longest term first, and the weight of the part each mention sits in.
 */


describe('terms are found in the listing’s own words', () => {
  it('reads the UK advert: its terms, spelt as it spells them, weighed by its criteria headings', () => {
    const result = analyse(UK_LISTING);
    expect(result.problem).toBeNull();
    expect(words(UK_LISTING, 'cert-prince2-practitioner')).toEqual(['PRINCE2 Practitioner']);
    expect(words(UK_LISTING, 'skill-benefits')).toEqual(['benefits realisation']);
    expect(words(UK_LISTING, 'skill-portfolio-prioritisation')).toEqual(['portfolio board', 'prioritisation']);
    expect(words(UK_LISTING, 'skill-raid')).toEqual(['RAID log']);
    expect(words(UK_LISTING, 'skill-status-reporting')).toEqual(['highlight reports']);
    expect(words(UK_LISTING, 'tool-excel')).toEqual(['Excel']);
    expect(result.asks.filter((a) => a.weight === 'required').map((a) => a.key)).toEqual([
      'cert-prince2-practitioner',
      'skill-stakeholders',
      'skill-benefits',
      'skill-change-control',
      'tool-excel',
      'tool-power-bi',
    ]);
    expect(result.asks.filter((a) => a.weight === 'desirable').map((a) => a.key)).toEqual(['cert-msp-foundation', 'tool-sharepoint']);
    // The generic PRINCE2 term is not asked as well: the Practitioner alias is the longer match.
    expect(keys(result)).not.toContain('cert-prince2');
  });

  it('reads the US advert: its requirements, nice-to-haves, years and degree', () => {
    const result = analyse(US_LISTING);
    expect(result.problem).toBeNull();
    expect(result.asks.filter((a) => a.weight === 'required').map((a) => a.key)).toEqual(['cert-pmp', 'cert-capm', 'tool-ms-project', 'tool-jira', 'experience', 'degree']);
    expect(result.asks.filter((a) => a.weight === 'desirable').map((a) => a.key)).toEqual(['cert-lean-six-sigma', 'tool-smartsheet']);
    expect(ask(result, 'experience')).toMatchObject({ years: 5, label: "5+ years' experience" });
    expect(words(US_LISTING, 'experience')).toEqual(['5+ years of experience']);
    expect(ask(result, 'degree')).toMatchObject({ label: 'A degree' });
    expect(words(US_LISTING, 'degree')).toEqual(["Bachelor's degree"]);
  });

  it('reads plain paragraphs by their sentence cues', () => {
    expect(weightOf(PARAGRAPH_LISTING, 'cert-pmp')).toBe('required');
    expect(weightOf(PARAGRAPH_LISTING, 'cert-prince2')).toBe('desirable');
    expect(weightOf(PARAGRAPH_LISTING, 'tool-smartsheet')).toBe('desirable');
    expect(weightOf(PARAGRAPH_LISTING, 'skill-raid')).toBe('general');
    expect(words(PARAGRAPH_LISTING, 'skill-status-reporting')).toEqual(['status reporting']);
  });
});

describe('whole words only', () => {
  it('does not find a mapped phrase inside a longer word (Java in JavaScript)', () => {
    let plan: Plan = createEmptyPlan(NOW);
    for (const change of [
      { type: 'skill.put', item: { id: 's1', area: 'business', name: 'Java' } },
      { type: 'termMapping.put', item: { id: 'tm1', phrase: 'Java', skillId: 's1' } },
    ] as PlanChangeInput[]) {
      plan = apply(plan, change);
    }
    const analyser = listingAnalyser(plan.termMappings);
    expect(keys(analyser.analyse('Our developers write JavaScript and maintain the RAID log.'))).toEqual(['skill-raid']);
    expect(keys(analyser.analyse('Our developers write Java and maintain the RAID log.'))).toEqual(['mapped:tm1', 'skill-raid']);
  });

  it('does not read Excellent, Excellence or the verb “excel at / in” as Excel, but does read Advanced Excel', () => {
    expect(keys(analyse('Excellent communication skills and a commitment to excellence.'))).not.toContain('tool-excel');
    expect(keys(analyse('You will Excel at planning and excel in reporting.'))).not.toContain('tool-excel');
    expect(words('Advanced Excel is essential.', 'tool-excel')).toEqual(['Excel']);
    expect(words('Excellence in MS Excel.', 'tool-excel')).toEqual(['MS Excel']);
  });
});

describe('context decides an ambiguous abbreviation', () => {
  it('reads MSP near a programme word as the certification', () => {
    expect(words('Experience with MSP on a large programme.', 'cert-msp')).toEqual(['MSP']);
    expect(words('MSP Practitioner desirable.', 'cert-msp-practitioner')).toEqual(['MSP Practitioner']);
  });

  it('does not read a managed service provider, or MSP with no context, as the certification', () => {
    expect(keys(analyse('You will work with our MSP (managed service provider) on the network.'))).not.toContain('cert-msp');
    expect(keys(analyse('You will manage our MSP for desktop support.'))).not.toContain('cert-msp');
  });
});

describe('certification spellings', () => {
  it.each([
    ['PRINCE2® essential.', 'cert-prince2', 'PRINCE2'],
    ['Prince 2 qualified.', 'cert-prince2', 'Prince 2'],
    ['Holds PRINCE2™ Practitioner.', 'cert-prince2-practitioner', 'PRINCE2™ Practitioner'],
    ['P3O® certification desirable.', 'cert-p3o', 'P3O'],
  ])('%s', (text, key, written) => {
    expect(keys(analyse(text))).toEqual([key]);
    expect(words(text, key)).toEqual([written]);
  });

  it('takes the longest match: PRINCE2 Practitioner is the practitioner term, not also the generic one', () => {
    const result = analyse('PRINCE2 Practitioner or PRINCE2 Foundation.');
    expect(keys(result)).toEqual(['cert-prince2-practitioner', 'cert-prince2-foundation']);
    expect(words('PRINCE2 Practitioner or PRINCE2 Foundation.', 'cert-prince2-practitioner')).toEqual(['PRINCE2 Practitioner']);
  });

  it('finds both the name and the abbreviation of Project Management Professional (PMP) as one ask', () => {
    const text = 'Project Management Professional (PMP) certification required.';
    expect(keys(analyse(text))).toEqual(['cert-pmp']);
    expect(words(text, 'cert-pmp')).toEqual(['Project Management Professional', 'PMP']);
    expect(weightOf(text, 'cert-pmp')).toBe('required');
  });
});

describe('wording variants', () => {
  it('reads “risks, actions, issues and decisions” as RAID', () => {
    const text = 'Maintain the risks, actions, issues and decisions log.';
    expect(words(text, 'skill-raid')).toEqual(['risks, actions, issues and decisions']);
  });

  it('folds plurals and inflections: status reports, prioritising, prioritization', () => {
    expect(words('Produce status reports each week.', 'skill-status-reporting')).toEqual(['status reports']);
    // The vocabulary holds "prioritisation" (near a portfolio word); the stemmer brings the verb to it.
    expect(words('Support prioritising of the project portfolio.', 'skill-portfolio-prioritisation')).toEqual(['prioritising']);
    expect(words('Support project prioritization.', 'skill-portfolio-prioritisation')).toEqual(['prioritization']);
    // Without a portfolio word it is an everyday advert word.
    expect(keys(analyse('Excellent organisational and prioritisation skills.'))).toEqual([]);
  });

  it('gives the same asks for British and American spellings', () => {
    const uk = analyse('Support programme benefits realisation, portfolio prioritisation, lessons learnt and Managing Successful Programmes. Knowledge of Portfolio, Programme and Project Offices.');
    const us = analyse('Support program benefits realization, portfolio prioritization, lessons learned and Managing Successful Programs. Knowledge of Portfolio, Program and Project Offices.');
    expect(keys(uk)).toEqual(['cert-msp', 'cert-p3o', 'skill-benefits', 'skill-portfolio-prioritisation', 'skill-lessons-learned']);
    expect(us.asks.map((a) => [a.key, a.weight, a.level])).toEqual(uk.asks.map((a) => [a.key, a.weight, a.level]));
  });
});

describe('what the employer’s standard wording mentions is not asked', () => {
  it('ignores a term in the equal-opportunities sentence and in the benefits part', () => {
    expect(keys(analyse(UK_LISTING))).not.toContain('cert-p3o');
    expect(keys(analyse(UK_LISTING))).not.toContain('cert-apm-pmq');
    const text = 'PMO Analyst role supporting project governance across the portfolio. We are an equal opportunities employer and we welcome PRINCE2 holders from every background.';
    expect(keys(analyse(text))).toEqual(['skill-governance']);
  });
});

describe('required and desirable', () => {
  it('weighs by a heading, by a label on the line, and by words in the sentence', () => {
    expect(analyse('Requirements:\n- Smartsheet\n\nNice to have:\n- Jira').asks.map((a) => [a.key, a.weight])).toEqual([
      ['tool-smartsheet', 'required'],
      ['tool-jira', 'desirable'],
    ]);
    const labelled = analyse('Desirable: Power BI\nMaintain the RAID log');
    expect([ask(labelled, 'tool-power-bi').weight, ask(labelled, 'skill-raid').weight]).toEqual(['desirable', 'general']);
    expect(weightOf('Must have: Power BI', 'tool-power-bi')).toBe('required');
    expect(weightOf('Power BI (essential)', 'tool-power-bi')).toBe('required');
    expect(weightOf('Jira (desirable)', 'tool-jira')).toBe('desirable');
    expect(weightOf('Familiarity with Jira is preferred.', 'tool-jira')).toBe('desirable');
    expect(weightOf('Ideally you will hold PRINCE2.', 'cert-prince2')).toBe('desirable');
    expect(weightOf('Candidates must hold PMP.', 'cert-pmp')).toBe('required');
  });

  it('keeps the strongest weight of an ask mentioned in several parts', () => {
    const result = analyse('Nice to have:\n- Jira\n\nEssential:\n- Jira and Smartsheet');
    expect(ask(result, 'tool-jira')).toMatchObject({ weight: 'required' });
    expect(ask(result, 'tool-jira').mentions.map((m) => m.weight)).toEqual(['desirable', 'required']);
  });
});

describe('years of experience and degrees', () => {
  it.each([
    // The highlight ends at "experience": what follows may hold terms highlighted on their own.
    ["You will need 3-5 years' experience in a PMO.", 3, "3-5 years' experience"],
    ['You will need five years of experience in project support.', 5, 'five years of experience'],
    ['Minimum 3 years working in a PMO.', 3, '3 years working'],
    ['5 years+ experience in a PMO.', 5, '5 years+ experience'],
    ['5 yrs experience in a PMO.', 5, '5 yrs experience'],
    ['Experience: 3 years in a PMO.', 3, 'Experience: 3 years'],
  ])('%s', (text, years, phrase) => {
    const result = analyse(text);
    expect(ask(result, 'experience')).toMatchObject({ years, label: `${years}+ years' experience`, group: 'experience' });
    expect(words(text, 'experience')).toEqual([phrase]);
  });

  it('measures against the most years it asks for', () => {
    expect(ask(analyse('Two years of PMO experience. At least 6 years of project experience.'), 'experience').years).toBe(6);
  });

  it('reads a degree, but not “a high degree of accuracy” nor a Scrum Master’s', () => {
    expect(ask(analyse("A master's degree in business is required."), 'degree')).toMatchObject({ label: "A master's degree", weight: 'required' });
    expect(ask(analyse('An MBA is required.'), 'degree').label).toBe('An MBA');
    expect(keys(analyse('Work with a high degree of accuracy on the RAID log.'))).toEqual(['skill-raid']);
    expect(keys(analyse("A Scrum Master's certificate would help with the RAID log."))).toEqual(['skill-raid']);
  });
});

describe('the level a skill’s words imply', () => {
  it('reads expert, strong and knowledge of, and defaults by weight', () => {
    const result = analyse('Expert knowledge of Power BI. Strong stakeholder management. Knowledge of Jira.');
    expect([ask(result, 'tool-power-bi').level, ask(result, 'skill-stakeholders').level, ask(result, 'tool-jira').level]).toEqual([4, 3, 2]);
    expect(ask(analyse('Essential:\n- Jira'), 'tool-jira').level).toBe(3);
    expect(ask(analyse('Desirable:\n- Jira'), 'tool-jira').level).toBe(2);
    expect(ask(analyse('PRINCE2 essential.'), 'cert-prince2').level).toBe(0);
  });
});

describe('other terms', () => {
  it('lists unknown acronyms and capitalised names, not common acronyms, job-title words or shouted headings', () => {
    const text = 'ABOUT THE ROLE\nSenior PMO Analyst\nSupport the Portfolio Office Lead with HR, IT and the UK PMO. Familiarity with SIAM and EVM, Earned Value Management and Microsoft Dynamics.';
    const result = analyse(text);
    expect(result.otherTerms.map((t) => t.phrase)).toEqual(['SIAM', 'EVM', 'Earned Value Management', 'Microsoft Dynamics']);
    const evm = result.otherTerms[1]!;
    expect(text.slice(evm.start, evm.end)).toBe('EVM');
    expect(result.otherTerms[2]).toMatchObject({ key: 'earn valu manag', count: 1 });
  });

  it('counts repeats and never offers a word it matched as a term', () => {
    const result = analyse('Use SIAM daily. SIAM matters. Maintain the RAID log in Power BI.');
    expect(result.otherTerms).toEqual([expect.objectContaining({ phrase: 'SIAM', count: 2 })]);
  });
});

describe('phrases the person mapped', () => {
  function planWithMappings(): Plan {
    let plan: Plan = createEmptyPlan(NOW);
    const changes: PlanChangeInput[] = [
      { type: 'skill.put', item: { id: 's1', area: 'business', name: 'Earned value' } },
      { type: 'termMapping.put', item: { id: 'tm1', phrase: 'Earned Value Management', skillId: 's1' } },
      { type: 'termMapping.put', item: { id: 'tm2', phrase: 'SIAM', skillId: null } },
    ];
    for (const change of changes) plan = apply(plan, change);
    return plan;
  }
  const TEXT = 'Familiarity with SIAM and EVM. Strong earned value management across programmes.';

  it('makes a mapped phrase an ask in later analyses, in any case, and takes it out of the other terms', () => {
    const plan = planWithMappings();
    expect(analyse(TEXT).otherTerms.map((t) => t.phrase)).toEqual(['SIAM', 'EVM']);
    const result = listingAnalyser(plan.termMappings).analyse(TEXT);
    const mapped = ask(result, 'mapped:tm1');
    expect(mapped).toMatchObject({ group: 'skill', label: 'Earned Value Management', level: 3, term: null, mapping: { id: 'tm1', skillId: 's1' } });
    expect(mapped.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(['earned value management']);
    // The ignored phrase is neither asked nor offered again.
    expect(result.otherTerms.map((t) => t.phrase)).toEqual(['EVM']);
    expect(keys(result)).toEqual(['mapped:tm1']);
  });
});
