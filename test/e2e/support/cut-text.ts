import type { Page } from '@playwright/test';

/**
 * Text a person must read but cannot, because it is cut: an element whose text overflows its box while
 * the overflow is hidden (an ellipsis, or clipped), a select too narrow for the option it shows, or an
 * input too narrow for its placeholder. Returns one line per problem, naming the text. A list row's
 * one-line preview of text shown whole elsewhere (marked data-preview) is not counted.
 */
export function findCutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d')!;
    const textWidth = (text: string, el: Element) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return canvas.measureText(text).width;
    };
    const innerWidth = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    const visible = (el: HTMLElement) => el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('#main *, .toasts *'))) {
      if (!visible(el) || el.closest('.visually-hidden, [data-preview]')) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (clips && el.childNodes.length > 0 && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '') {
        problems.push(`cut: “${(el.textContent ?? '').trim().slice(0, 80)}”`);
      }
      if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
        const shown = el.selectedOptions[0].text;
        // About 1.5rem of a select is its arrow.
        if (textWidth(shown, el) > innerWidth(el) - 20) problems.push(`select too narrow for “${shown}”`);
      }
      if (el instanceof HTMLInputElement && el.placeholder && el.value === '' && !['date', 'checkbox', 'radio', 'file'].includes(el.type)) {
        if (textWidth(el.placeholder, el) > innerWidth(el)) problems.push(`placeholder cut: “${el.placeholder}”`);
      }
    }
    return [...new Set(problems)];
  });
}

/** Controls a message (toast) sits on top of: none may be, or the person cannot reach them. */
export function controlsUnderToasts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('#main button, #main input, #main select, #main textarea, #main a[href]'))
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (box.width === 0 || box.height === 0) return false;
        // Scrolled out of sight inside a scrolling box is not covered: it is where scrolling takes you.
        for (let box2 = el.parentElement; box2; box2 = box2.parentElement) {
          if (getComputedStyle(box2).overflowY === 'visible') continue;
          const clip = box2.getBoundingClientRect();
          if (y < clip.top || y > clip.bottom || x < clip.left || x > clip.right) return false;
        }
        const top = document.elementFromPoint(x, y);
        return top !== null && top.closest('.toasts') !== null;
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName),
  );
}
