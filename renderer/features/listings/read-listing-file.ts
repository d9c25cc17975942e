import { MAX_LISTING_FILE_BYTES, listingFileTooBigMessage } from '../../../shared/ipc/listings';
import { api } from '../../lib/api';
import { fileAsBase64 } from '../../lib/base64';

/**
 * The text of a file the person dropped or picked. The page only reads the bytes; main works out what
 * the file is and extracts its text (the .docx and .pdf readers live there), and says plainly when it
 * cannot. Throws an Error whose message is fit to show.
 */
export async function readListingFile(file: File): Promise<string> {
  if (file.size > MAX_LISTING_FILE_BYTES) throw new Error(listingFileTooBigMessage(file.size));
  const base64 = await fileAsBase64(file);
  const { text } = await api.extractListingText({ fileName: file.name, base64 });
  return text;
}

