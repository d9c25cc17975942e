import type { z } from 'zod';
import { AchievementFieldsSchema, type Achievement, type Metric } from '../../../shared/model';
import type { CvBulletInput } from '../../../shared/cv';
import { newId } from '../../lib/ids';

/**
 * What the editor holds while a person types. It differs from the stored achievement in one way: a
 * metric's value is kept as the text typed ("", "4", "4.") so a half-typed number is never lost or
 * turned into 0; it becomes a number only when saved.
 */
export interface MetricDraft {
  /** Stable React key for the row; never stored. */
  key: string;
  value: string;
  unit: string;
  measures: string;
}

export type AchievementFields = z.output<typeof AchievementFieldsSchema>;
export type AchievementDraft = Omit<AchievementFields, 'metrics'> & { metrics: MetricDraft[] };
export type PromptStyle = 'xyz' | 'star';

/**
 * A new achievement: dated today and in the person's current role by default (both can be cleared), so a
 * CV lists it where it belongs rather than under "Other achievements" at the bottom.
 */
export function blankAchievement(id: string = newId(), defaults: { date?: string | null; roleId?: string | null } = {}): AchievementDraft {
  return {
    id,
    title: '',
    date: defaults.date ?? null,
    roleId: defaults.roleId ?? null,
    area: null,
    star: { situation: '', task: '', action: '', result: '' },
    xyz: { accomplished: '', measuredBy: '', byDoing: '' },
    metrics: [],
    skillIds: [],
    tags: [],
    includeInCv: true,
    cvBullet: '',
  };
}

export function draftFrom(achievement: Achievement): AchievementDraft {
  const { createdAt: _c, updatedAt: _u, metrics, ...fields } = achievement;
  return { ...fields, metrics: metrics.map((m) => ({ key: newId(), value: String(m.value), unit: m.unit, measures: m.measures })) };
}

export function blankMetric(): MetricDraft {
  return { key: newId(), value: '', unit: '', measures: '' };
}

/** Open the editor on the style the person used; X-Y-Z (the CV formula) for a new one. */
export function initialPromptStyle(draft: AchievementDraft): PromptStyle {
  const hasXyz = Object.values(draft.xyz).some((v) => v.trim() !== '');
  const hasStar = Object.values(draft.star).some((v) => v.trim() !== '');
  return hasStar && !hasXyz ? 'star' : 'xyz';
}

function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** The metrics whose numbers are complete, for the live preview. */
export function completeMetrics(metrics: readonly MetricDraft[]): Metric[] {
  return metrics.flatMap((m) => {
    const value = parseNumber(m.value);
    return value === null ? [] : [{ value, unit: m.unit, measures: m.measures }];
  });
}

/** The parts the shared composer reads, straight from the draft, so the preview follows every keystroke. */
export function composerInput(draft: AchievementDraft): CvBulletInput {
  return { title: draft.title, cvBullet: draft.cvBullet, xyz: draft.xyz, star: draft.star, metrics: completeMetrics(draft.metrics) };
}

export type Problems = Record<string, string>;

/**
 * Check the draft with the same schema main applies. Problems are keyed by field path ("title",
 * "xyz.accomplished", "metrics.0.value"), so each is shown next to its own control.
 */
export function validateDraft(draft: AchievementDraft): { fields: AchievementFields; problems: null } | { fields: null; problems: Problems } {
  const problems: Problems = {};
  const metrics = draft.metrics.map((m, index) => {
    const value = parseNumber(m.value);
    if (value === null) problems[`metrics.${index}.value`] = m.value.trim() === '' ? 'Enter a number, or remove this metric.' : 'Use digits only, e.g. 40 or 12.5.';
    return { value: value ?? 0, unit: m.unit, measures: m.measures };
  });
  const parsed = AchievementFieldsSchema.safeParse({ ...draft, metrics });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      problems[key] ??= issue.message;
    }
  }
  if (Object.keys(problems).length > 0 || !parsed.success) return { fields: null, problems };
  return { fields: parsed.data, problems: null };
}
