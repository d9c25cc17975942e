import { describe, expect, it } from 'vitest';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, renderPlainText, wrap, type ExportOptions } from '../../../shared/cv/export';
import { PlanSchema, type Plan } from '../../../shared/model';
import { achievement, planWith } from '../../support/plan-builders';

/**
 * The edges of the plain-text export: a "one list" export has no group heading line, the word wrap
 * tidies stray whitespace (and gives nothing for blank text), and the contact line wraps only between
 * details: one longer than the width sits alone, and details that fill the width exactly stay together.
 */

const TODAY = '2026-12-01';

function withProfile(plan: Plan, profile: Partial<Plan['profile']>): Plan {
  return PlanSchema.parse({ ...plan, profile: { ...plan.profile, ...profile } });
}

const textOf = (plan: Plan, options: Partial<ExportOptions> = {}, wrapping: { wrapText?: boolean; width?: number } = {}) =>
  renderPlainText(buildCvDocument(plan, { ...DEFAULT_EXPORT_OPTIONS, ...options }, TODAY), wrapping);

describe('a one-list export', () => {
  it('prints the bullets straight under the section heading, with no group line above them', () => {
    const plan = planWith({
      achievements: [
        achievement({ id: 'a1', title: 'Actions', date: '2025-05-01', cvBullet: 'Closed 30 overdue actions.' }),
        achievement({ id: 'a2', title: 'Induction', date: '2024-03-01', cvBullet: 'Ran the PMO induction for 12 starters.' }),
      ],
    });
    expect(textOf(plan, { grouping: 'none' })).toBe('Achievements\n\nACHIEVEMENTS\n\n- Closed 30 overdue actions.\n- Ran the PMO induction for 12 starters.\n');
  });
});

describe('the word wrap', () => {
  it('drops spaces before, between and after the words', () => {
    expect(wrap('  Closed   30 actions ', Number.POSITIVE_INFINITY, '- ', '  ')).toEqual(['- Closed 30 actions']);
    expect(wrap('\tClosed 30 actions\n', 20, '- ', '  ')).toEqual(['- Closed 30 actions']);
  });

  it('gives no lines at all for blank text, not an empty bullet', () => {
    expect(wrap('', 80, '- ', '  ')).toEqual([]);
    expect(wrap('   ', 80, '- ', '  ')).toEqual([]);
  });
});

describe('the contact line when wrapping', () => {
  const email = 'alex.morgan@example.com'; // 23 characters
  const phone = '07700 900123'; // 12 characters

  it('puts a detail longer than the width on a line of its own, with no blank line before it', () => {
    const plan = withProfile(planWith({}), { email });
    expect(textOf(plan, {}, { wrapText: true, width: 20 })).toBe(`Achievements\n${email}\n\nEXPERIENCE\n`);
  });

  it('keeps details on one line when they fill the width exactly, and breaks between them a column sooner', () => {
    const plan = withProfile(planWith({}), { email, phone });
    // 23 + " · " + 12 = 38 columns.
    expect(textOf(plan, {}, { wrapText: true, width: 38 })).toBe(`Achievements\n${email} · ${phone}\n\nEXPERIENCE\n`);
    expect(textOf(plan, {}, { wrapText: true, width: 37 })).toBe(`Achievements\n${email}\n${phone}\n\nEXPERIENCE\n`);
  });
});
