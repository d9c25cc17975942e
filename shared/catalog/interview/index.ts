export * from './schema';
export * from './frameworks';
export * from './questions';
