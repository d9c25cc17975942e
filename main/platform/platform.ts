import type { CvPageSize } from '../../shared/model/vocabulary';

/**
 * Everything the services need from the desktop shell, behind one port with two adapters:
 * Electron's (dialogs, shell) and the browser bridge's (downloads, file picker, new tab).
 * This is what lets the real services run under a browser on machines that cannot run Electron.
 */
export interface Platform {
  readonly shell: 'electron' | 'browser';
  /** Open a vetted https/mailto URL outside the app. */
  openExternal(url: string): Promise<void>;
  /**
   * Let the person save `bytes` as a file: Electron shows a save dialog and writes atomically (never a
   * half-written file under the chosen name); the browser downloads it. `saved: false` = cancelled.
   * A disk failure is thrown as ApiError('io') with a message fit to show.
   */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Print self-contained HTML to PDF bytes, page numbers in the footer and nothing else there. */
  printToPdf(html: string, pageSize: CvPageSize): Promise<Uint8Array>;
  /**
   * Let the person pick a folder (the sync folder): its absolute path, or null when cancelled. Absent
   * where no picker can be shown (the browser bridge), so the page asks for the path as text instead.
   */
  chooseFolder?(title: string): Promise<string | null>;
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: { name: string; extensions: string[] }[];
  bytes: Uint8Array;
  /** For the browser download; defaults to application/octet-stream. */
  mimeType?: string;
}

export interface SaveFileResult {
  saved: boolean;
  /** Where the file was written; absent for a browser download (the browser decides). */
  location?: string;
}
