import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/http-client';

/**
 * Starts `out/bridge/serve.mjs` (built by `npm run build`) the way `npm run web` does, on a free port
 * and a data dir the test owns, and can stop and restart it to prove data survives a restart.
 */
export class BridgeProcess {
  private child: ChildProcess | undefined;
  readonly dataDir: string;
  port = 0;

  constructor(dataDir?: string) {
    this.dataDir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-e2e-'));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    const child = spawn(process.execPath, ['out/bridge/serve.mjs'], {
      env: { ...process.env, PORT: String(this.port), PMO_PATHWAY_DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Bridge did not start:\n${output}`)), 60_000); // a bound for a busy machine, not a wait
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('is running at')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Bridge exited with ${code}:\n${output}`));
      });
    });
  }

  /** SIGTERM, as Ctrl+C or a service manager would; resolves when the process has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
