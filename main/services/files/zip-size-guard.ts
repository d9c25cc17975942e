import { unzipSync } from 'fflate';

/**
 * Far above any Word document of an advert or a CV (a few hundred KB unpacked), far below what would exhaust
 * main's memory: mammoth unpacks a .docx whole, so a small file that unpacks to gigabytes (a "zip
 * bomb") must be refused before it reaches mammoth.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * What a zip says its files unpack to, read from its central directory without unpacking anything
 * (fflate's filter sees each entry's declared size and declines it). Null when the zip cannot be read;
 * the Word reader then says what is wrong with it.
 */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}
