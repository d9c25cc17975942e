import { shell } from 'electron';
import type { Platform } from './platform';

/** The desktop adapter of the Platform port. */
export const electronPlatform: Platform = {
  shell: 'electron',
  openExternal: (url) => shell.openExternal(url),
};
