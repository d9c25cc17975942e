import { BrowserWindow, dialog, shell } from 'electron';
import { printHtmlToPdf, saveWithDialog } from './electron-export';
import type { Platform } from './platform';

/** The desktop adapter of the Platform port. */
export const electronPlatform: Platform = {
  shell: 'electron',
  openExternal: (url) => shell.openExternal(url),
  saveFile: (request) => saveWithDialog(request),
  printToPdf: (html, pageSize) => printHtmlToPdf(html, pageSize),
  chooseFolder: async (title) => {
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
    const window = BrowserWindow.getFocusedWindow();
    const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  },
};
