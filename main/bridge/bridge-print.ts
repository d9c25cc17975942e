import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_MARGINS_MM } from '../../shared/cv/export/print-html';
import { ApiError } from '../../shared/ipc/errors';
import type { CvPageSize } from '../../shared/model/vocabulary';

/**
 * The browser bridge's PDF printer: the same print HTML the desktop app prints, through Debian's
 * Chromium driven by playwright-core (the bridge has no Electron). Loaded on first use, so starting
 * the bridge never needs it. The page gets no JavaScript and no network: it only lays out the HTML.
 */
export async function printWithChromium(html: string, pageSize: CvPageSize): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    console.error('[pmo-pathway] Chromium did not start for a PDF export:', firstLine(error));
    throw new ApiError('internal', `Chromium, which makes the PDF, did not start (looked for it at ${executablePath}; set CHROMIUM_PATH to use another). Try DOCX instead.`);
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
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
    await browser.close();
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
}
