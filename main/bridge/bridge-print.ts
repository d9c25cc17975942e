import type { Browser, Page } from 'playwright-core';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_MARGINS_MM } from '../../shared/cv/export/print-html';
import { ApiError } from '../../shared/ipc/errors';
import type { CvPageSize } from '../../shared/model/vocabulary';

/**
 * The browser bridge's PDF printer: the same print HTML the desktop app prints, through Debian's
 * Chromium driven by playwright-core (the bridge has no Electron). Loaded on first use, so starting
 * the bridge never needs it. The page gets no JavaScript and no network: it only lays out the HTML.
 */
export async function printWithChromium(html: string, pageSize: CvPageSize): Promise<Uint8Array> {
  // Counted from the moment it is asked for, so Chromium is not closed under a print still queued.
  printing += 1;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  // One print at a time on the kept page: a second setContent would replace the first one's document.
  const turn = printQueue.then(() => printOnKeptPage(html, pageSize));
  printQueue = turn.then(
    () => undefined,
    () => undefined,
  );
  try {
    return await turn;
  } finally {
    printing -= 1;
    closeWhenIdle();
  }
}

async function printOnKeptPage(html: string, pageSize: CvPageSize): Promise<Uint8Array> {
  const page = await keptPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const mm = (value: number) => `${value}mm`;
    const pdf = await page.pdf({
      format: pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: PDF_HEADER_TEMPLATE,
      footerTemplate: PDF_FOOTER_TEMPLATE,
      margin: { top: mm(PRINT_MARGINS_MM.top), right: mm(PRINT_MARGINS_MM.right), bottom: mm(PRINT_MARGINS_MM.bottom), left: mm(PRINT_MARGINS_MM.left) },
      tagged: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    // A page that failed (crashed, or closed under us) is not trusted for the next export.
    pageReady = null;
    await page.context().close().catch(() => undefined);
    throw error;
  }
}

/**
 * One page, in a context with no JavaScript and no network, kept for a run of exports: a fresh context
 * and page cost about 0.25 s of a 0.8 s export of 500 achievements, and the page only ever holds the
 * print HTML, which each export replaces whole.
 */
let pageReady: Promise<Page> | null = null;
let printQueue: Promise<void> = Promise.resolve();

async function keptPage(): Promise<Page> {
  pageReady ??= sharedBrowser().then(async (browser) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    return context.newPage();
  });
  try {
    return await pageReady;
  } catch (error) {
    pageReady = null;
    throw error;
  }
}

/**
 * One Chromium for a run of exports: starting it is most of a first PDF export's time (~0.5 s, `npm run
 * bench`), and Electron's printToPDF never pays it. A running Chromium keeps Node alive, so it is closed
 * once no PDF was made for IDLE_CLOSE_MS.
 */
const IDLE_CLOSE_MS = 15_000;
let running: Promise<Browser> | null = null;
let printing = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

async function sharedBrowser(): Promise<Browser> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  running ??= launchChromium().then(
    (browser) => {
      browser.on('disconnected', () => {
        running = null;
        pageReady = null;
      });
      return browser;
    },
    (error: unknown) => {
      running = null;
      throw error;
    },
  );
  return running;
}

async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    console.error('[pmo-pathway] Chromium did not start for a PDF export:', firstLine(error));
    throw new ApiError('internal', `Chromium, which makes the PDF, did not start (looked for it at ${executablePath}; set CHROMIUM_PATH to use another). Try DOCX instead.`);
  }
}

function closeWhenIdle(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    const browser = running;
    if (printing > 0 || !browser) return;
    running = null;
    pageReady = null;
    void browser.then((b) => b.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
}
