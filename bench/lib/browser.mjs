// Renderer start, long tasks and JS heap in headless Chromium: the real UI through the browser bridge,
// next to the bare baseline page, same browser, same plan file, alternating run by run.
/* global window, document, DataTransfer, ClipboardEvent, MutationObserver */

const INIT_SCRIPT = `
  window.__pmoBench = (() => {
    const longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
    let resolve;
    const ready = new Promise((r) => (resolve = r));
    new PerformanceObserver((list) => {
      const interactive = list.getEntriesByName('pmo:interactive')[0];
      if (!interactive) return;
      const rendered = performance.getEntriesByName('pmo:plan-rendered')[0];
      resolve({ rendered: rendered ? rendered.startTime : interactive.startTime, interactive: interactive.startTime });
    }).observe({ type: 'mark' });
    return { longTasks, ready };
  })();
`;

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const marks = await withTimeout(page.evaluate(() => window.__pmoBench.ready), 120_000, `Loading ${url}`);
  return { context, page, marks };
}

async function heapUsed(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** One cold start: a fresh browser context (no cache, no storage), navigation -> interactive, then the heap. */
export async function measureStart(browser, url) {
  const { context, page, marks } = await openPage(browser, url);
  try {
    const longTasks = await page.evaluate((until) => window.__pmoBench.longTasks.filter((t) => t.start < until), marks.interactive);
    const heap = await heapUsed(context, page);
    return { start: marks.interactive, rendered: marks.rendered, longTasks, heap };
  } finally {
    await context.close();
  }
}

/**
 * Edit `edits` items one after another (open, type, save, wait until saved) and collect the long tasks
 * from the first click to a short settle after the last save. `kind` picks the app's or the bare page's
 * controls. Returns every long task, each edit's time from the Save click to the editor closed with the
 * list showing the change (`saves`), and for the app to "All changes saved" (`onDisk`: main's answer,
 * the writer's 300 ms debounce, the durable write and the status event).
 */
export async function measureEditing(browser, url, kind, edits) {
  const { context, page } = await openPage(browser, url);
  try {
    await page.waitForTimeout(500); // let start-up's tail (its last responses, an idle GC) pass: this measures editing
    const from = await page.evaluate(() => performance.now());
    const saves = [];
    const onDisk = [];
    for (let k = 0; k < edits; k++) {
      const row = kind === 'app' ? page.locator('.milestone-row .row-title').nth(k + 1) : page.locator('main li button').nth(k + 1);
      await row.click();
      const form = kind === 'app' ? page.locator('form.editor') : page.locator('form[aria-label="Edit"]');
      const title = kind === 'app' ? form.getByLabel('Title', { exact: true }) : form.locator('input');
      await title.press('End');
      await title.pressSequentially(` (edit ${k})`, { delay: 40 });
      const marker = `(edit ${k})`;
      const t0 = await page.evaluate(() => performance.now());
      await form.getByRole('button', { name: 'Save changes' }).click();
      await form.waitFor({ state: 'detached' });
      await page.waitForFunction((text) => document.body.innerText.includes(text), marker);
      saves.push((await page.evaluate(() => performance.now())) - t0);
      if (kind === 'app') {
        await page.locator('.save-state', { hasText: 'All changes saved' }).waitFor();
        onDisk.push((await page.evaluate(() => performance.now())) - t0);
      }
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
    const longTasks = await page.evaluate((since) => window.__pmoBench.longTasks.filter((t) => t.start >= since), from);
    return { longTasks, saves, onDisk };
  } finally {
    await context.close();
  }
}

/**
 * The job-listing editor with a whole advert: paste `text` (as a person does, one paste event), wait for
 * its comparison, then type 30 characters into it. Returns every long task from the paste to a short
 * settle after the last key, and the time from the paste to the comparison on screen.
 */
export async function measureListingTyping(browser, url, text) {
  const { context, page, marks } = await openPage(browser, url);
  try {
    // From the screen's first render (the plan loaded): its 200 listings are compared in idle slices.
    const from = marks.rendered;
    await page.getByRole('heading', { name: 'What the roles you are looking at ask for most' }).waitFor();
    const compared = (await page.evaluate(() => performance.now())) - from;
    await page.getByRole('button', { name: 'Add a listing' }).click();
    const area = page.getByLabel('The listing’s text');
    await area.focus();
    const pasted = await page.evaluate(() => performance.now());
    await area.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page.locator('.summary-headline').waitFor();
    const paste = (await page.evaluate(() => performance.now())) - pasted;
    await area.press('End');
    await area.pressSequentially(' Also: Power BI and a RAID log.', { delay: 40 });
    await page.waitForTimeout(500);
    const all = await page.evaluate(() => window.__pmoBench.longTasks);
    // A task that began before the first render is start-up's (measured in the start rows), not this.
    const warming = all.filter((t) => t.start >= from && t.start < from + compared);
    const longTasks = all.filter((t) => t.start >= pasted);
    return { longTasks, warming, paste, compared };
  } finally {
    await context.close();
  }
}

/**
 * A CV file picked on the Import a CV screen -> the review (or a Word CV's lines) on screen: the page
 * reads the bytes, main reads the file, the page builds the review. Timed in the page, from the input's
 * change event to the moment the review's element appears (a MutationObserver), with the long tasks
 * in between.
 */
export async function measureCvImport(browser, url, filePath) {
  const { context, page } = await openPage(browser, url);
  try {
    await page.getByRole('heading', { level: 1, name: 'Import a CV' }).waitFor();
    await page.evaluate(() => {
      window.__cvImport = new Promise((resolve) => {
        let started = 0;
        document.addEventListener('change', () => (started = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (started && document.querySelector('.cv-review, .cv-lines')) {
            observer.disconnect();
            resolve({ started, shown: performance.now() });
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.locator('.cv-import input[type=file]').first().setInputFiles(filePath);
    const { started, shown } = await withTimeout(page.evaluate(() => window.__cvImport), 60_000, 'Reading the CV file');
    const longTasks = await page.evaluate(({ from, to }) => window.__pmoBench.longTasks.filter((t) => t.start >= from && t.start <= to), { from: started, to: shown });
    return { shown: shown - started, longTasks };
  } finally {
    await context.close();
  }
}
