import { runKillStress, runSigtermCheck } from '../../../scripts/stress/kill-stress.mjs';

/**
 * 100 real SIGKILLs of a child process saving through the storage layer. After each kill the plan
 * file must parse, validate and hold at least the last acknowledged save, and the next start must
 * load it without any recovery. (`npm run stress` runs the same harness with 1,000 kills.)
 */
describe('kill -9 stress', () => {
  it('loses no acknowledged save and never leaves a damaged plan file across 100 kills', { timeout: 120_000 }, async () => {
    const tally = await runKillStress({ kills: 100 });
    expect(tally.failures).toEqual([]);
    expect(tally.kills).toBe(100);
    // The run must really have exercised saving, not only start-up.
    expect(tally.acks).toBeGreaterThan(200);
    expect(tally.highestSave).toBeGreaterThan(100);
  });

  it('on SIGTERM, flushes the saves still waiting behind the debounce, then exits 143', { timeout: 60_000 }, async () => {
    const result = await runSigtermCheck();
    expect(result.scheduled).toBeGreaterThan(0);
    expect(result.code).toBe(143);
    expect(result.acked).toEqual([result.scheduled]); // one coalesced save: the newest plan
    expect(result.check).toMatchObject({ ok: true, seq: result.scheduled });
  });
});
