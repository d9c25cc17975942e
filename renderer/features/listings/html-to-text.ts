/**
 * A listing copied from a web page arrives as HTML too. Its plain-text twin loses the structure the
 * analysis reads (a heading on its own line, one bullet per line), so the HTML is reduced to text here:
 * block elements start new lines, list items become "• " bullets, scripts, styles and hidden parts go.
 * DOMParser builds an inert document: nothing in the pasted HTML runs or loads.
 */
// Compared in upper case: inside an HTML page, SVG's elements (<svg>, <title>, <style>) keep lower-case names.
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'TR', 'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'FORM', 'FIELDSET']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT', 'IMG']);

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  const newline = () => {
    if (out.length > 0 && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const words = (node.textContent ?? '').replace(/\s+/g, ' ');
      // The source's own line breaks between blocks are layout, not text.
      if (words.trim() === '' && (out.length === 0 || out[out.length - 1]!.endsWith('\n'))) return;
      out.push(words);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (tag === 'LI') {
      newline();
      out.push('• ');
    } else if (block) newline();
    element.childNodes.forEach(walk);
    if (block || tag === 'LI' || tag === 'TD' || tag === 'TH') {
      if (tag === 'TD' || tag === 'TH') out.push(' ');
      else newline();
    }
  };
  walk(doc.body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, '').replace(/^• +/, '• '))
    // An empty list item is no line at all.
    .filter((line) => line !== '•')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
