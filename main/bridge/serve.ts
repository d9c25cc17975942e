import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeApp } from '../compose';
import { systemClock } from '../services/clock';
import { forwardPlanEvents } from '../api/plan-events';
import { flushOnExit } from '../storage';
import { bridgePlatform } from './bridge-platform';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';
import { createBridgeServer } from './server';

/**
 * `npm run web`: the real services and the built UI on http://127.0.0.1:$PORT/ (default 5317).
 * The plan lives in $PMO_PATHWAY_DATA_DIR, or a new temp folder (printed) when unset.
 */
declare const __APP_VERSION__: string;

const port = Number(process.env.PORT ?? 5317);
const dataDir = process.env.PMO_PATHWAY_DATA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-pathway-'));
fs.mkdirSync(dataDir, { recursive: true });
const rendererDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

let releaseLock: () => void;
try {
  releaseLock = lockDataDir(dataDir);
} catch (error) {
  console.error(error instanceof DataDirLockedError ? error.message : `Could not lock ${dataDir}: ${(error as Error).message}`);
  process.exit(1);
}
process.on('exit', () => releaseLock());

const { services, handlers } = composeApp({ dataDir, clock: systemClock, platform: bridgePlatform, version: __APP_VERSION__ });
const token = randomBytes(24).toString('hex');
const bridge = createBridgeServer({ port, token, rendererDir, handlers });
forwardPlanEvents(services.plan, (event, payload) => bridge.broadcast({ event, payload }));

bridge.server.listen(port, '127.0.0.1', () => {
  console.log(`PMO Pathway is running at http://127.0.0.1:${port}/`);
  console.log(`Plan data: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
});
bridge.server.on('error', (error) => {
  console.error(`Could not start the server on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
});

// Ctrl+C or SIGTERM: pending edits are written (flushOnExit flushes first), then the server stops.
flushOnExit(
  { flush: () => services.plan.flush() },
  {
    onSignal: (signal) => {
      console.log(`Received ${signal}: saved, stopping.`);
      bridge.server.close();
      bridge.server.closeAllConnections();
      process.exit(0);
    },
  },
);
