import { detectTextEncoding } from '../../../shared/model/plan-text';

/**
 * The text of a plan file the person picked, decoded by what its bytes say: UTF-8, or UTF-16 (what
 * Windows Notepad and PowerShell save, with or without a byte-order mark; see detectTextEncoding).
 * `File.text()` would read UTF-16 as UTF-8 and turn it into noise before main could look at it, and
 * would silently replace damaged bytes; here they are refused instead, in plain words.
 */
export async function readPlanFileText(file: Blob): Promise<{ text: string } | { problem: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { encoding, bomLength } = detectTextEncoding(bytes);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bomLength)) };
  } catch {
    return { problem: encoding === 'utf-8' ? 'it is not readable text (it may be damaged)' : 'it is UTF-16 text with damaged characters' };
  }
}
