import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flushOnExit } from '../storage';
import { startBridge, type StartedBridge } from './start-bridge';

/**
 * `npm run web`: the real services and the built UI on http://127.0.0.1:$PORT/ (default 5317).
 * The plan lives in $PMO_PATHWAY_DATA_DIR, or a new temp folder (printed) when unset. The start-up
 * itself is startBridge (tested); this file only reads the environment, prints, and ends the process.
 */
declare const __APP_VERSION__: string;

const port = Number(process.env.PORT ?? 5317);
const dataDir = process.env.PMO_PATHWAY_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-pathway-'));
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

let started: StartedBridge;
try {
  started = startBridge({ dataDir, port, rendererDir, version: __APP_VERSION__ });
} catch (error) {
  // Another server owns the folder (DataDirLockedError's message says so), or start-up failed outright.
  console.error((error as Error).message);
  process.exit(1);
}
const { bridge, services } = started;
process.on('exit', () => started.releaseLock());

bridge.server.listen(port, '127.0.0.1', () => {
  console.log(`PMO Pathway is running at http://127.0.0.1:${port}/`);
  console.log(`Plan data: ${dataDir}`);
  if (started.unwritableReason) console.warn(started.unwritableReason);
  console.log('Press Ctrl+C to stop.');
});
bridge.server.on('error', (error) => {
  console.error(`Could not start the server on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
});

// Ctrl+C or SIGTERM: pending edits are written (flushOnExit flushes first), then what happened is said.
flushOnExit(
  {
    flush: () => {
      const saved = services.plan.flush();
      services.sync.flush();
      return saved;
    },
  },
  {
    onSignal: (signal, saved) => {
      (saved ? console.log : console.error)(started.stopMessage(signal, saved));
      bridge.server.close();
      bridge.server.closeAllConnections();
      process.exit(saved ? 0 : 1);
    },
  },
);
