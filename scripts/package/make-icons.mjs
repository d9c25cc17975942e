#!/usr/bin/env node
// Renders every app icon from the one source, assets/icon.svg:
//   assets/icons/png/<N>x<N>.png  Linux (AppImage, deb, desktop entry): 16 ... 1024
//   assets/icons/icon.ico         Windows (exe, NSIS installer): 16, 24, 32, 48, 64, 128, 256, PNG-compressed
//   assets/icons/icon.icns        macOS (app bundle, DMG): 16 ... 1024 incl. @2x, PNG-compressed
// Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin). The outputs are committed, so building
// installers never needs it; run this again (`node scripts/package/make-icons.mjs`) after editing the SVG.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = path.join(root, 'assets/icon.svg');
const outDir = path.join(root, 'assets/icons');

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, with the pixel size each holds.
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
];

function render(size) {
  return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--keep-aspect-ratio', source]);
}

/** A Windows .ico whose entries are PNG images (supported since Windows Vista). */
export function buildIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** A macOS .icns made of PNG elements. */
export function buildIcns(elements) {
  const chunks = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function main() {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
  const png = new Map(sizes.map((size) => [size, render(size)]));
  fs.mkdirSync(path.join(outDir, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) fs.writeFileSync(path.join(outDir, 'png', `${size}x${size}.png`), png.get(size));
  fs.writeFileSync(path.join(outDir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: png.get(size) }))));
  fs.writeFileSync(path.join(outDir, 'icon.icns'), buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png.get(size) }))));
  console.log(`Icons written to ${path.relative(root, outDir)}/ from ${path.relative(root, source)}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
