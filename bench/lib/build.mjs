// Builds for `npm run bench`: the app itself (`npm run build`: main, preload, renderer and the browser
// bridge into out/), the Node tasks (bench/node/tasks.ts) and the bare baseline page, both with Vite's
// build API the way scripts/stress does (Node 20 cannot run TypeScript and there is no tsx here).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bundleNodeEntries } from '../../scripts/lib/bundle-node.mjs';

export function buildApp(root) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** bench/node/tasks.ts as one ESM file, everything inlined except playwright-core (it drives a browser binary). */
export async function bundleTasks(root, outDir) {
  const { tasks } = await bundleNodeEntries(root, { tasks: 'bench/node/tasks.ts' }, outDir, ['playwright-core']);
  return tasks;
}

/** The bare React + zustand page, built for production like the renderer (minified, same React). */
export async function buildBaseline(root, outDir) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: join(root, 'bench/baseline'),
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  });
  return outDir;
}
