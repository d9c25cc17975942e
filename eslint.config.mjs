// Layering rules (ARCHITECTURE rule 4) are lint errors, so `npm test` fails when a layer leaks.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];
const nodeModules = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`), ...NODE_BUILTINS.map((m) => `node:${m}`)];

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed wrappers: main/ipc/handle.ts and main/preload.ts are the only places that touch raw IPC.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'zustand', ...nodeModules].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript used by both processes: no Electron, React or Node modules.',
          })),
          patterns: [
            { regex: '^node:', message: 'shared/ must not import Node modules.' },
            { group: ['**/main/**', '**/renderer/**', '../main', '../renderer'], message: 'shared/ must not import from main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeModules].map((name) => ({
            name,
            message: 'The renderer is a sandboxed page: it talks to main only through window.api.',
          })),
          patterns: [
            { regex: '^node:', message: 'The renderer must not import Node modules.' },
            { group: ['**/main/**', '../main', '../../main'], message: 'The renderer must not import from main/: use window.api.' },
          ],
        },
      ],
    },
  },
  {
    // The two raw IPC wrappers.
    files: ['main/ipc/handle.ts', 'main/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
