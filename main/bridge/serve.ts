import Conf from 'conf';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeApp } from '../compose';
import { systemClock } from '../services/clock';
import { ConfPlanStorage, PLAN_STORE_OPTIONS } from '../services/plan-storage';
import { bridgePlatform } from './bridge-platform';
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

const storage = new ConfPlanStorage(
  () => new Conf({ cwd: dataDir, projectName: 'pmo-pathway', ...PLAN_STORE_OPTIONS }),
  path.join(dataDir, `${PLAN_STORE_OPTIONS.configName}.${PLAN_STORE_OPTIONS.fileExtension}`),
);
const { services, handlers } = composeApp({ storage, clock: systemClock, platform: bridgePlatform, version: __APP_VERSION__ });
const token = randomBytes(24).toString('hex');
const bridge = createBridgeServer({ port, token, rendererDir, handlers });
services.plan.onChange((snapshot) => bridge.broadcast({ event: 'planChanged', payload: { revision: snapshot.revision } }));

bridge.server.listen(port, '127.0.0.1', () => {
  console.log(`PMO Pathway is running at http://127.0.0.1:${port}/`);
  console.log(`Plan data: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
});
bridge.server.on('error', (error) => {
  console.error(`Could not start the server on 127.0.0.1:${port}: ${(error as Error).message}`);
  process.exit(1);
});

function shutdown(signal: string): void {
  console.log(`Received ${signal}: saving and stopping.`);
  bridge.server.close();
  bridge.server.closeAllConnections();
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
