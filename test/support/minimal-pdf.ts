/**
 * A real, minimal PDF written byte by byte: catalog, page tree, one font, and one page per entry of
 * `pages`, each line drawn 16 points below the last. The cross-reference table holds each object's
 * true byte offset, so readers parse the file the normal way rather than by repairing it. A page with no
 * lines gets an empty content stream: a page with nothing on it, like a scan without OCR.
 *
 * The font is the standard Helvetica, or with `type3Bitmap` a Type3 font whose every glyph paints an
 * 8×8 image mask, as old TeX PDFs with bitmap fonts do (its ToUnicode map gives the text back).
 */
export function minimalPdf(pages: readonly (readonly string[])[], options: { type3Bitmap?: boolean } = {}): Uint8Array {
  const bodies: string[] = [];
  const add = (body = '') => bodies.push(body); // the object's number: its place in bodies, from 1
  const stream = (dict: string, data: string) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);

  const catalog = add();
  const tree = add();
  const font = options.type3Bitmap ? type3BitmapFont(add, stream) : add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds = pages.map((lines) => {
    const text = lines.map((line, j) => `${j > 0 ? '0 -16 Td ' : ''}(${escape(line)}) Tj`).join(' ');
    const contents = add(stream('', lines.length === 0 ? '' : `BT /F1 12 Tf 72 720 Td ${text} ET`));
    return add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`);
  });
  bodies[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  bodies[tree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  let pdf = '%PDF-1.4\n';
  const offsets = bodies.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, then space and newline.
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Codes 32-126, each drawn by the same bitmap (a ring), each mapped back to its ASCII character. */
function type3BitmapFont(add: (body: string) => number, stream: (dict: string, data: string) => string): number {
  const ring = String.fromCharCode(0x3c, 0x42, 0x81, 0x81, 0x81, 0x81, 0x42, 0x3c);
  const image = add(stream('/Type /XObject /Subtype /Image /Width 8 /Height 8 /ImageMask true /BitsPerComponent 1 /Decode [1 0]', ring));
  const glyph = add(stream('', '8 0 0 0 8 8 d1 q 8 0 0 8 0 0 cm /Im1 Do Q'));
  const toUnicode = add(
    stream(
      '',
      [
        '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
        '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
        '1 begincodespacerange <00> <FF> endcodespacerange',
        '1 beginbfrange <20> <7E> <0020> endbfrange',
        'endcmap CMapName currentdict /CMap defineresource pop end end',
      ].join('\n'),
    ),
  );
  const codes = Array.from({ length: 95 }, (_, i) => 32 + i);
  return add(
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 8 8] /FontMatrix [0.125 0 0 0.125 0 0]` +
      ` /CharProcs << ${codes.map((code) => `/g${code} ${glyph} 0 R`).join(' ')} >>` +
      ` /Encoding << /Type /Encoding /Differences [32 ${codes.map((code) => `/g${code}`).join(' ')}] >>` +
      ` /FirstChar 32 /LastChar 126 /Widths [${codes.map(() => 8).join(' ')}]` +
      ` /Resources << /XObject << /Im1 ${image} 0 R >> >> /ToUnicode ${toUnicode} 0 R >>`,
  );
}
