import fc from 'fast-check';
import { htmlToPlainText, MAX_NOTES_LENGTH, releaseNotesText } from '../../../shared/updates/release-notes';

describe('release notes as plain text', () => {
  it('reads GitHub’s HTML as text: headings and paragraphs on their own lines, list items as bullets', () => {
    const html = '<h2>Highlights</h2>\n<ul>\n<li>Reminders &amp; a calendar file</li>\n<li>Updates, <strong>opt-in</strong></li>\n</ul>\n<p>Full list: <a href="https://x.example/compare">v0.1.0...v0.2.0</a></p>';
    expect(htmlToPlainText(html)).toBe('Highlights\n\n• Reminders & a calendar file\n• Updates, opt-in\n\nFull list: v0.1.0...v0.2.0');
  });

  it('drops scripts, styles, comments and event handlers whole, keeping no markup at all', () => {
    const html = '<p>Fixed</p><script>alert("x")</script><style>p{}</style><!-- secret --><img src=x onerror="alert(1)"><iframe src="https://evil"></iframe>';
    expect(htmlToPlainText(html)).toBe('Fixed');
  });

  it('copes with a ">" inside an attribute, and with an unclosed script', () => {
    expect(htmlToPlainText('<a title="a > b" href="#">link</a> text')).toBe('link text');
    expect(htmlToPlainText('Before<script>never ends')).toBe('Before');
  });

  it('decodes entities once (escaped markup stays text, shown as text by the page)', () => {
    expect(htmlToPlainText('5 &lt; 6 &amp;&amp; &quot;ok&quot; &#8212; &#x2713; &nbsp;done &unknown;')).toBe('5 < 6 && "ok" — ✓ done &unknown;');
    expect(htmlToPlainText('&lt;script&gt;x&lt;/script&gt;')).toBe('<script>x</script>');
    expect(htmlToPlainText('bad &#0; &#xD800; &#9999999; code points')).toBe('bad code points');
  });

  it('passes Markdown and plain text through, tidying whitespace', () => {
    expect(htmlToPlainText('## New\r\n\r\n\r\n\r\n- one   two\t three\n- four  ')).toBe('## New\n\n- one two three\n- four');
  });

  it('joins notes per version (fullChangelog) and ignores what is not a note', () => {
    expect(releaseNotesText([{ version: '0.2.0', note: '<p>Two</p>' }, { version: '0.1.5', note: null }, { note: 'Loose' }, 7, null])).toBe('Version 0.2.0\nTwo\n\nVersion 0.1.5\n\nLoose');
    expect(releaseNotesText(undefined)).toBe('');
    expect(releaseNotesText({ html: '<p>x</p>' })).toBe('');
  });

  it('cuts notes longer than the contract carries, with an ellipsis', () => {
    const text = releaseNotesText('word '.repeat(10_000));
    expect(text.length).toBeLessThanOrEqual(MAX_NOTES_LENGTH);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never leaves a tag behind, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', 'p', 'script', 'li', ' ', '"', "'", '=', '&', 'lt;', '\n', 'x') }), (input) => {
        const text = releaseNotesText(input);
        expect(text).not.toMatch(/<\/?(script|p|a|li)\b[^>]*>/i);
        expect(text.length).toBeLessThanOrEqual(MAX_NOTES_LENGTH);
      }),
    );
  });
});
