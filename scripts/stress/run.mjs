// `npm run stress`: the kill -9 harness with 1,000 kills (or --kills N), printing a tally.
// Exit code 1 when any check failed. Usage: node scripts/stress/run.mjs [--kills N] [--lanes N] [--seed N]
import { parseArgs } from 'node:util';
import { runKillStress } from './kill-stress.mjs';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '1000' }, lanes: { type: 'string' }, seed: { type: 'string' } },
});
const options = { kills: Number(values.kills) };
if (values.lanes) options.lanes = Number(values.lanes);
if (values.seed) options.seed = Number(values.seed);

let shown = 0;
const tally = await runKillStress({
  ...options,
  onProgress: (t) => {
    if (t.kills - shown >= 100) {
      shown = t.kills;
      process.stderr.write(`  ${t.kills} kills, ${t.acks} acknowledged saves, ${t.failures.length} failures\n`);
    }
  },
});

const rows = [
  ['kills (SIGKILL)', tally.kills],
  ['  of which during start-up', tally.killsBeforeReady],
  ['acknowledged saves', tally.acks],
  ['highest save on disk', tally.highestSave],
  ['largest plan file (bytes)', tally.maxFileBytes],
  ['temp files left by kills (swept at next start)', tally.strayTempFiles],
  ['lanes (parallel data folders)', tally.lanes],
  ['seed', tally.seed],
  ['seconds', tally.seconds],
  ['FAILURES', tally.failures.length],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log('\nkill -9 stress tally');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
for (const f of tally.failures.slice(0, 20)) console.log(`  run ${f.run} (lane ${f.lane}): ${f.problem}${f.stderr ? `\n    ${f.stderr}` : ''}`);
process.exitCode = tally.failures.length === 0 ? 0 : 1;
