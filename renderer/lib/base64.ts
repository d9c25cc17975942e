/**
 * A file's bytes as base64, the one form both transports carry unchanged (Electron's structured clone
 * and the bridge's JSON). btoa over chunks: one String.fromCharCode call per 32 KB keeps a 20 MB file
 * within the engine's argument limit.
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
