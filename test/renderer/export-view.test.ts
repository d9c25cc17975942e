import { describe, expect, it } from 'vitest';
import { moveBullet, moveGroup, manualOrderFrom, tagsInUse, withKnownFilters } from '../../renderer/features/export/export-view';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, type ExportOptions } from '../../shared/cv/export';
import { CV_TODAY, cvFixturePlan } from '../support/cv-fixture';

const documentFor = (options: Partial<ExportOptions> = {}) => buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);
const shown = (manualOrder: string[], options: Partial<ExportOptions> = {}) => documentBullets(documentFor({ ...options, order: 'manual', manualOrder })).map((b) => b.id);

describe('arranging the list by hand', () => {
  const start = documentFor();
  const order = manualOrderFrom(start, []);

  it('starts from the order on screen', () => {
    expect(order).toEqual(['a-rag', 'a-raid', 'a-onboard', 'a-savings', 'a-undated']);
    expect(shown(order)).toEqual(order);
  });

  it('moves a bullet within its group and stops at the ends', () => {
    const next = moveBullet(start, 'a-rag', 1, order)!;
    expect(shown(next)).toEqual(['a-raid', 'a-rag', 'a-onboard', 'a-savings', 'a-undated']);
    expect(moveBullet(start, 'a-rag', -1, order)).toBeNull();
    expect(moveBullet(start, 'a-raid', 1, order)).toBeNull();
  });

  it('moves whole groups (by area), which then stay where they were put', () => {
    // By role, roles always read newest first; groups are moved by hand in the other groupings.
    const byArea = documentFor({ grouping: 'area' });
    const areaOrder = manualOrderFrom(byArea, []);
    const section = byArea.sections[0]!;
    const groups = section.kind === 'achievements' ? section.groups.map((g) => g.bullets.map((b) => b.id)) : [];
    expect(groups.length).toBeGreaterThan(1);
    const next = moveGroup(byArea, section.kind === 'achievements' ? section.groups[0]!.key : '', 1, areaOrder)!;
    expect(shown(next, { grouping: 'area' })).toEqual([...groups[1]!, ...groups[0]!, ...groups.slice(2).flat()]);
  });

  it('keeps the place of achievements hidden by a filter for when they come back', () => {
    const filtered = documentFor({ order: 'manual', manualOrder: order, filter: { ...DEFAULT_EXPORT_OPTIONS.filter, areas: ['organisational'] } });
    const next = moveBullet(filtered, 'a-raid', -1, order)!;
    expect(next).toEqual(['a-raid', 'a-rag', 'a-onboard', 'a-savings', 'a-undated']);
  });

  it('lists each tag once, first spelling, alphabetically', () => {
    expect(tagsInUse(cvFixturePlan().achievements)).toEqual(['coaching', 'governance', 'Power BI', 'Reporting']);
  });
});

describe('remembered filters', () => {
  it('drop skills and tags that no longer exist, and stay the same object otherwise', () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, filter: { ...DEFAULT_EXPORT_OPTIONS.filter, skillIds: ['gone', 'sk-raid'], tags: ['REPORTING', 'old'] } };
    expect(withKnownFilters(options, ['sk-raid'], ['Reporting']).filter).toMatchObject({ skillIds: ['sk-raid'], tags: ['REPORTING'] });
    expect(withKnownFilters(DEFAULT_EXPORT_OPTIONS, [], [])).toBe(DEFAULT_EXPORT_OPTIONS);
  });
});
