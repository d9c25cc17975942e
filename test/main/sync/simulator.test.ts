import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../support/temp-plan';
import { runScenario, type ScenarioOutcome } from '../../support/sync-sim/run-scenario';
import { scenarioArbitrary } from '../../support/sync-sim/sim-scenario';

/**
 * Issue 18's proof: two or three whole apps, each with its own folders, joined by a simulated sync
 * service that delays, reorders, duplicates, truncates and makes conflict copies, while the computers
 * edit at random and are killed and restarted. 200 scenarios here; `npm run stress` runs 5,000
 * (SYNC_SCENARIOS) and prints the same tally.
 */
const SCENARIOS = Number(process.env.SYNC_SCENARIOS ?? 200);

afterEach(() => removeTempDirs());

describe('the sync simulator', () => {
  it(`after the simulated sync settles, every computer shows the same plan and no acknowledged edit is lost (${SCENARIOS} scenarios)`, async () => {
    const total: Record<string, number> = {};
    let scenarios = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async (scenario) => {
        let outcome: ScenarioOutcome;
        try {
          outcome = await runScenario(scenario);
        } finally {
          removeTempDirs();
        }
        scenarios += 1;
        for (const [k, v] of Object.entries(outcome.tally)) total[k] = (total[k] ?? 0) + v;
        expect(outcome.problems).toEqual([]);
      }),
      { numRuns: SCENARIOS, seed: process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : undefined },
    );
    console.log(`sync simulator tally: ${scenarios} scenarios, ${Object.entries(total).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    expect(total.acknowledged).toBeGreaterThan(0);
    expect(total.conflictCopies).toBeGreaterThan(0);
    expect(total.kills).toBeGreaterThan(0);
  }, 600_000);
});
