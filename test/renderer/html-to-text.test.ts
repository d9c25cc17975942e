import { htmlToText } from '../../renderer/features/listings/html-to-text';

/**
 * A listing copied from a web page arrives as HTML: reduced to text with the structure the analysis
 * reads (headings and bullets on their own lines), without anything in it running or loading.
 */

type Flags = { __pastedRan?: string[] };
// Scripts jsdom runs (it is set up to run them) see its own window as `window`, not the test's global.
const flags = (globalThis as unknown as { jsdom: { window: Flags } }).jsdom.window;
afterEach(() => {
  delete flags.__pastedRan;
});

describe('htmlToText', () => {
  it('puts headings, paragraphs and list items on their own lines, items as "• " bullets', () => {
    const html = '<h1>Senior PMO Analyst</h1><p>Northwind Health</p><h2>Essential</h2><ul><li>PRINCE2 Practitioner</li><li>Power BI</li></ul><h2>Desirable</h2><ol><li>Jira</li></ol><p>Apply by Friday.</p>';
    expect(htmlToText(html)).toBe('Senior PMO Analyst\nNorthwind Health\nEssential\n• PRINCE2 Practitioner\n• Power BI\nDesirable\n• Jira\nApply by Friday.');
  });

  it('keeps inline markup inside its line and breaks lines at <br>', () => {
    expect(htmlToText('<p>Strong <strong>stakeholder</strong> <em>management</em> skills</p>')).toBe('Strong stakeholder management skills');
    expect(htmlToText('<p>Leeds<br>Hybrid working<br/>Full time</p>')).toBe('Leeds\nHybrid working\nFull time');
  });

  it('puts each table row on its own line with its cells side by side', () => {
    const html = '<table><tr><th>Salary</th><td>£45,000</td></tr><tr><td>Location</td><td>Leeds</td></tr></table>';
    expect(htmlToText(html)).toBe('Salary £45,000\nLocation Leeds');
  });

  it('drops scripts, styles, hidden parts, buttons and images', () => {
    const html = [
      '<style>p { color: red }</style>',
      '<p>Visible</p>',
      '<script>var secret = "script text";</script>',
      '<p hidden>Hidden paragraph</p>',
      '<div aria-hidden="true">Decoration</div>',
      '<noscript>Turn on JavaScript</noscript>',
      '<button>Apply now</button>',
      '<img alt="Company logo" src="logo.png">',
      '<template><p>Template text</p></template>',
      '<p>Also visible</p>',
    ].join('');
    expect(htmlToText(html)).toBe('Visible\nAlso visible');
  });

  it('collapses whitespace and the source’s own line breaks between blocks', () => {
    const html = `
      <h2>  About   the
         role </h2>

      <p>You   will\trun the
         RAID log.</p>
      <ul>
        <li>Power \n     BI</li>
        <li>Excel</li>
      </ul>
      <p></p><p></p><p></p>
      <p>End</p>`;
    expect(htmlToText(html)).toBe('About the role\nYou will run the RAID log.\n• Power BI\n• Excel\nEnd');
  });

  it('never leaves more than one blank line, nor blanks at the ends', () => {
    const text = htmlToText('<div><p>One</p><br><br><br><br><p>Two</p></div>');
    expect(text).not.toMatch(/\n{3,}/);
    expect(text.startsWith('One')).toBe(true);
    expect(text.endsWith('Two')).toBe(true);
  });

  it('runs nothing in the pasted HTML: no script, no event handler, nothing put into the page', () => {
    const payload = (where: string) => `(window.__pastedRan ??= []).push(${JSON.stringify(where)})`;
    const html = [
      '<p>PMO Officer</p>',
      `<script>${payload('script')}</script>`,
      `<img src="x" onerror='${payload('img onerror')}'>`,
      `<body onload='${payload('body onload')}'></body>`,
      `<p onclick='${payload('click')}'>Essential: Power BI</p>`,
    ].join('');
    const pageChanges = new MutationObserver(() => undefined);
    pageChanges.observe(document, { childList: true, subtree: true, attributes: true });
    // Markup given to an element of the live page, even one never attached, would load its images there.
    const liveMarkup = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    try {
      expect(htmlToText(html)).toBe('PMO Officer\nEssential: Power BI');
      expect(flags.__pastedRan).toBeUndefined();
      expect(pageChanges.takeRecords()).toEqual([]);
      expect(liveMarkup.mock.contexts.filter((element) => (element as Element).ownerDocument === document)).toEqual([]);
    } finally {
      pageChanges.disconnect();
      liveMarkup.mockRestore();
    }

    // The control: the same payload put into the live page does run here, so the flag staying unset
    // above means htmlToText never gave it the chance.
    const script = document.createElement('script');
    script.textContent = payload('live script');
    document.body.append(script);
    script.remove();
    expect(flags.__pastedRan).toEqual(['live script']);
  });

  it('drops an inline SVG whole (its names are lower case inside an HTML page), never gluing its words to the line', () => {
    const html = '<p>PMO Officer<svg><title>Share on LinkedIn</title><style>.a{fill:red}</style><script>window.__pastedRan = ["svg"]</script></svg></p>';
    expect(htmlToText(html)).toBe('PMO Officer');
  });

  it('gives a pretty-printed list item one space after its bullet, and an empty item no line', () => {
    expect(htmlToText('<ul><li>  Power BI</li><li> </li><li>Jira</li></ul>')).toBe('• Power BI\n• Jira');
  });

  it('gives an empty string for HTML with no text', () => {
    expect(htmlToText('<div><br><img src="a.png"><script>x()</script></div>')).toBe('');
    expect(htmlToText('')).toBe('');
  });
});
