import { cvFileTooBigMessage, MAX_CV_FILE_BYTES, type CvFileRead } from '../../../shared/ipc/cv-import';
import { api } from '../../lib/api';
import { fileAsBase64 } from '../../lib/base64';

/**
 * What a CV file the person dropped or picked holds. The page only reads the bytes; main works out what
 * the file is and reads it (zip, CSV and Word readers live there), and says plainly when it cannot.
 * Throws an Error whose message is fit to show.
 */
export async function readCvFile(file: File): Promise<CvFileRead> {
  if (file.size > MAX_CV_FILE_BYTES) throw new Error(cvFileTooBigMessage(file.size));
  const base64 = await fileAsBase64(file);
  return api.readCvFile({ fileName: file.name, base64 });
}
