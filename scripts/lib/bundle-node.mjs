// Node 20 cannot run TypeScript and there is no tsx here, so the stress harness and the benchmarks bundle
// their TypeScript entry points into self-contained ESM files with Vite's build API (dependencies inlined).
import { join } from 'node:path';

/**
 * Bundle `inputs` ({ name: path relative to root }) into `outDir` as `<name>.mjs`; returns the paths by name.
 * `external` lists packages to leave as imports (e.g. playwright-core, which drives a browser binary).
 */
export async function bundleNodeEntries(root, inputs, outDir, external = []) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: Object.fromEntries(Object.entries(inputs).map(([name, path]) => [name, join(root, path)])),
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
      },
    },
    ssr: { noExternal: true, external, target: 'node' },
  });
  return Object.fromEntries(Object.keys(inputs).map((name) => [name, join(outDir, `${name}.mjs`)]));
}
