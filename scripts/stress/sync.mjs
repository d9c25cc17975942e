// The sync simulator at stress size (issue 18): 5,000 scenarios of two or three computers joined by a
// simulated sync service (or --scenarios N, --seed N), the tally printed. `npm test` runs 200 of them.
// Runs the same vitest file as `npm test`, so the stress and the suite can never check different things.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scenarios: { type: 'string', default: '5000' }, seed: { type: 'string' } } });
const env = { ...process.env, SYNC_SCENARIOS: values.scenarios, ...(values.seed ? { SYNC_SEED: values.seed } : {}) };
console.log(`\nsync simulator: ${values.scenarios} scenarios`);
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/main/sync/simulator.test.ts'], { env, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
