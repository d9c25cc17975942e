import { cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import DashboardScreen from '../../renderer/features/dashboard/DashboardScreen';
import SkillsScreen from '../../renderer/features/skills/SkillsScreen';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, type CompetencyArea, type Plan } from '../../shared/model';
import { arbitraryPlan } from '../support/arbitraries';
import { FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { generatePlan } from '../support/plan-generator';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

// The same plan shows the same figure on every screen: render the dashboard and the Skills screen for
// generated plans and compare what a person actually reads in each area.

type Shown = Record<CompetencyArea, string>;

const noSkillsMessage = (area: CompetencyArea) => `No ${COMPETENCY_AREA_LABELS[area].toLowerCase()} in your plan yet: add one`;

/** Realistic generated plans (mostly with skills), and fast-check's any-Unicode ones. */
const plans: fc.Arbitrary<Plan> = fc.oneof(
  fc
    .record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), skills: fc.nat({ max: 14 }), milestones: fc.nat({ max: 10 }), certifications: fc.nat({ max: 4 }) })
    .map(({ seed, ...counts }) => generatePlan({ seed, counts })),
  arbitraryPlan({ maxItems: 6 }),
);

/** What one area's row or tile shows: its percentage, or the words said instead. */
function shownIn(item: HTMLElement, area: CompetencyArea): string {
  expect(within(item).getByText(COMPETENCY_AREA_LABELS[area])).toBeInTheDocument();
  const figures = within(item).queryAllByText(/^\d+%$/);
  expect(figures.length).toBeLessThanOrEqual(1);
  if (figures.length === 1) return figures[0]!.textContent!;
  const words = within(item).getByText(/in your plan yet/);
  return words.textContent!;
}

/** The list's own items, in area order (a nested list inside an open explanation is not one of them). */
function areaItems(list: HTMLElement): Shown {
  const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
  expect(items).toHaveLength(COMPETENCY_AREAS.length);
  return Object.fromEntries(COMPETENCY_AREAS.map((area, i) => [area, shownIn(items[i]!, area)])) as Shown;
}

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
});

describe('readiness reads the same on the dashboard and the Skills screen', () => {
  it('shows the same figure, or the same words, for every area of any plan', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        backend.plan = plan;

        resetStore({ screen: 'dashboard' });
        await renderLoaded(<DashboardScreen />);
        const dashboard = areaItems(screen.getByRole('list', { name: 'Readiness by competency area' }));
        cleanup();

        resetStore({ screen: 'skills' });
        await renderLoaded(<SkillsScreen />);
        const summary = screen.queryByRole('list', { name: 'Skills by competency area' });
        if (plan.skills.length === 0) {
          // The Skills screen then shows its own empty state, not the tiles.
          expect(summary).toBeNull();
          expect(dashboard).toEqual(Object.fromEntries(COMPETENCY_AREAS.map((area) => [area, noSkillsMessage(area)])));
        } else {
          expect(areaItems(summary!)).toEqual(dashboard);
        }
        cleanup();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
