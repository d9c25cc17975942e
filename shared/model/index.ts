export * from './vocabulary';
export * from './primitives';
export * from './plan';
export * from './changes';
export * from './migrations';
export * from './calendar';
export * from './undo';
export * from './plan-file';
