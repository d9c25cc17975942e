/**
 * What a person is told when a listing file cannot be used: what is wrong, in their words, and what to
 * do instead. In its own module so the PDF reader (loaded lazily) and the extractor share the words.
 */

export const PASTE = "Copy the listing's text and paste it in.";
const OR_PASTE = 'or copy and paste the text.';

export const LISTING_MESSAGES = {
  empty: 'This file is empty.',
  ole: `This is a password-protected Word document, or an old Word .doc file. Save it as .docx without a password, ${OR_PASTE}`,
  rtf: `This is a Rich Text (.rtf) file. Save it as .docx, ${OR_PASTE}`,
  binary: `This file is not text, a Word document or a PDF. Add the listing as a .txt, .docx or .pdf file, ${OR_PASTE}`,
  notWordZip: `This is a zip file, not a Word document. Add the listing as a .txt, .docx or .pdf file, ${OR_PASTE}`,
  damagedDocx: `This file is damaged or not really a Word document. Save it again as .docx, ${OR_PASTE}`,
  emptyDocx: `This document has no text in it. ${PASTE}`,
  zipTooBig: `This Word document unpacks to more than 200 MB, far more than any job listing: it is damaged or was made to overload the app. ${PASTE}`,
  damagedPdf: `This file is damaged or not really a PDF. ${PASTE}`,
  passwordPdf: "This PDF is password-protected. Open it, copy the listing's text and paste it in.",
  emptyPdf: "This PDF has no text in it (it may be a scanned image). Copy the listing's text from the website and paste it in.",
} as const;
