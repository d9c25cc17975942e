import { shell } from 'electron';
import { printHtmlToPdf, saveWithDialog } from './electron-export';
import type { Platform } from './platform';

/** The desktop adapter of the Platform port. */
export const electronPlatform: Platform = {
  shell: 'electron',
  openExternal: (url) => shell.openExternal(url),
  saveFile: (request) => saveWithDialog(request),
  printToPdf: (html, pageSize) => printHtmlToPdf(html, pageSize),
};
