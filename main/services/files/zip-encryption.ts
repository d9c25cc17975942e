/**
 * Whether any entry of a zip is password-protected. fflate (the zip reader) ignores the flag and would
 * inflate the encrypted bytes into noise, so the central directory's own records are read for it: the
 * end record says where the directory is, and each entry's record has its general-purpose flags, bit 0
 * meaning "encrypted" (PKWARE APPNOTE 4.4.4). Null when the directory cannot be found (a damaged zip,
 * which the reader then refuses on its own).
 */
export function hasEncryptedEntry(bytes: Uint8Array): boolean | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const END_SIGNATURE = 0x06054b50;
  const ENTRY_SIGNATURE = 0x02014b50;
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null;
    if ((view.getUint16(at + 8, true) & 1) === 1) return true;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return false;
}
