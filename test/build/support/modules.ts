import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root (test/build/support -> ../../..). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Imports one of the build scripts (plain .mjs files run by Node and electron-builder, so they have no
 * type declarations); each test states the shape it uses.
 */
export async function importScript<T>(relativePath: string): Promise<T> {
  return (await import(pathToFileURL(path.join(REPO_ROOT, relativePath)).href)) as T;
}
