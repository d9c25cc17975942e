import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/modules';

// Every icon is generated from assets/icon.svg by scripts/package/make-icons.mjs and committed. These
// checks read the files themselves: each OS gets the sizes it asks for.

const icons = path.join(REPO_ROOT, 'assets/icons');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

it('the source is one SVG', () => {
  const svg = fs.readFileSync(path.join(REPO_ROOT, 'assets/icon.svg'), 'utf8');
  expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
  expect(svg).not.toMatch(/href="https?:/); // self-contained: no linked images or fonts
});

it('Linux gets PNGs from 16 to 1024 pixels, named by size', () => {
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
    expect(pngSize(fs.readFileSync(path.join(icons, 'png', `${size}x${size}.png`)))).toEqual([size, size]);
  }
});

it('Windows gets an .ico with 16 to 256 pixel images', () => {
  const ico = fs.readFileSync(path.join(icons, 'icon.ico'));
  expect(ico.readUInt16LE(2)).toBe(1);
  const sizes: number[] = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const entry = 6 + 16 * i;
    const [width, height] = pngSize(ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)));
    expect(width).toBe(height);
    expect(ico.readUInt8(entry)).toBe(width >= 256 ? 0 : width);
    sizes.push(width);
  }
  expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
});

it('macOS gets an .icns with every size up to 1024 (512@2x)', () => {
  const icns = fs.readFileSync(path.join(icons, 'icon.icns'));
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const found: Record<string, number> = {};
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    found[icns.toString('ascii', at, at + 4)] = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0];
  }
  expect(found).toEqual({ icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 });
});
