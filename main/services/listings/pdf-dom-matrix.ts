/**
 * Imported by pdf-text.ts BEFORE pdf.js, for its side effect. pdf.js's display layer builds a DOMMatrix
 * as its module loads (a canvas constant, `new DOMMatrix()`). Node and Electron's main process have no
 * DOMMatrix; pdf.js polyfills one only from the optional native package @napi-rs/canvas, which cannot be
 * inlined into main's bundle (and is not shipped), so in the packaged app loading pdf.js would throw
 * "DOMMatrix is not defined" and no PDF could be read. We only read text, which never uses a matrix, so
 * an identity matrix without methods is enough. (The worker also makes one to trace Type3 bitmap glyphs
 * for drawing; there the missing methods fail inside a catch that only drops the outline, never text.)
 * A real DOMMatrix, where one exists, is left alone.
 */
class IdentityDomMatrix {
  readonly a = 1;
  readonly b = 0;
  readonly c = 0;
  readonly d = 1;
  readonly e = 0;
  readonly f = 0;
  readonly is2D = true;
  readonly isIdentity = true;
}

const scope = globalThis as { DOMMatrix?: unknown };
scope.DOMMatrix ??= IdentityDomMatrix;
