import { app, BrowserWindow, dialog } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_MARGINS_MM } from '../../shared/cv/export/print-html';
import { ApiError } from '../../shared/ipc/errors';
import type { CvPageSize } from '../../shared/model/vocabulary';
import type { SaveFileRequest, SaveFileResult } from './platform';
import { writeFileAtomically } from './save-file';

/**
 * The Electron side of exporting: the native save dialog, then an atomic write; and PDF printing in a
 * hidden window that can do nothing but lay out the HTML it is given.
 */

export async function saveWithDialog(request: SaveFileRequest): Promise<SaveFileResult> {
  const options: Electron.SaveDialogOptions = {
    // Every export comes through here (CV, plan file, prep sheet, calendar …): the title names the file.
    title: `Save “${request.suggestedName}”`,
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  writeFileAtomically(choice.filePath, request.bytes);
  return { saved: true, location: choice.filePath };
}

/** Chromium refuses URLs over 2 MB; beyond that (thousands of bullets) the HTML goes via a temp file. */
const MAX_DATA_URL_CHARS = 2 * 1024 * 1024 - 1024;
const MM_PER_INCH = 25.4;

export async function printHtmlToPdf(html: string, pageSize: CvPageSize): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      // Nothing to run: the template is static, and any text in it came from the person's plan.
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: false,
      spellcheck: false,
      // No links to middle-click in a CV, and no reason to allow it (Electronegativity's AUXCLICK check).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  let tempDir: string | null = null;
  try {
    const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (dataUrl.length <= MAX_DATA_URL_CHARS) {
      await window.loadURL(dataUrl);
    } else {
      tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-pathway-print-'));
      const file = path.join(tempDir, 'achievements.html');
      fs.writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
      await window.loadFile(file);
    }
    const inches = (mm: number) => mm / MM_PER_INCH;
    const pdf = await window.webContents.printToPDF({
      pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      margins: {
        top: inches(PRINT_MARGINS_MM.top),
        bottom: inches(PRINT_MARGINS_MM.bottom),
        left: inches(PRINT_MARGINS_MM.left),
        right: inches(PRINT_MARGINS_MM.right),
      },
      generateTaggedPDF: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    console.error('[pmo-pathway] printToPDF failed:', error);
    throw new ApiError('internal', 'Printing to PDF stopped with an error. Export again, or choose DOCX instead.');
  } finally {
    window.destroy();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
}
