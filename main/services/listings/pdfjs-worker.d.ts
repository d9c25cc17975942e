/** pdf.js ships its worker without types; pdf-text.ts only hands the module to pdf.js as it is. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
