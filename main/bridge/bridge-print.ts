import type { Browser } from 'playwright-core';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_MARGINS_MM } from '../../shared/cv/export/print-html';
import { ApiError } from '../../shared/ipc/errors';
import type { CvPageSize } from '../../shared/model/vocabulary';

/**
 * The browser bridge's PDF printer: the same print HTML the desktop app prints, through Debian's
 * Chromium driven by playwright-core (the bridge has no Electron). Loaded on first use, so starting
 * the bridge never needs it. The page gets no JavaScript and no network: it only lays out the HTML.
 */
export async function printWithChromium(html: string, pageSize: CvPageSize): Promise<Uint8Array> {
  const browser = await sharedBrowser();
  printing += 1;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
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
    } finally {
      await context.close();
    }
  } finally {
    printing -= 1;
    closeWhenIdle();
  }
}

/**
 * One Chromium for a run of exports, each in its own fresh context: starting Chromium is most of a PDF
 * export's time (~0.5 s of ~0.8 s for 500 achievements, `npm run bench`), and Electron's printToPDF never
 * pays it. A running Chromium keeps Node alive, so it is closed once no PDF was made for IDLE_CLOSE_MS.
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
    void browser.then((b) => b.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
}
