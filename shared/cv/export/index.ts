export * from './options';
export * from './select';
export * from './document';
export * from './formats';
export * from './text';
export * from './markdown';
export * from './json-resume';
export * from './print-html';
