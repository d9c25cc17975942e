import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExisting, nearlySameText } from '../../../shared/cv-import/duplicates';
import { emptyFindings, type FoundAchievement } from '../../../shared/cv-import/findings';
import { achievement, planWith } from '../../support/plan-builders';

/**
 * The plan's achievements are matched through word indexes (prefix filtering) so a long CV against a
 * big plan stays quick; this checks the shortcut finds exactly what comparing every pair would.
 */

// A small vocabulary, so generated lines often share most of their words (the hard cases).
const word = fc.constantFrom('cut', 'reports', 'by', '40%', 'the', 'RAID', 'review', 'weekly', 'projects', 'board', 'PMO', 'led', 'gate', 'stage', 'twelve', 'costs');
const line = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));

function everyPair(found: FoundAchievement, plan: { id: string; title: string; cvBullet: string }[]): string | undefined {
  const mine = [found.text, found.title];
  return plan.find((a) => mine.some((text) => [a.cvBullet || a.title, a.title].some((theirs) => nearlySameText(text, theirs))))?.id;
}

describe('finding the achievements a plan already has', () => {
  it('matches exactly the achievements that comparing every pair finds, the first in the plan’s order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: line, cvBullet: fc.oneof(fc.constant(''), line) }), { maxLength: 25 }),
        fc.array(fc.record({ text: line, title: line }), { maxLength: 12 }),
        (planned, lines) => {
          const plan = planWith({ achievements: planned.map((a, i) => achievement({ id: `a${i}`, ...a })) });
          const findings = emptyFindings('json-resume');
          findings.achievements = lines.map((l, i) => ({ key: `k${i}`, text: l.text, title: l.title, roleKey: null, from: 'work', date: null }));
          const found = findExisting(findings, plan).achievements;
          for (const a of findings.achievements) expect(found.get(a.key)).toBe(everyPair(a, plan.achievements));
        },
      ),
      { numRuns: 400 },
    );
  });
});
