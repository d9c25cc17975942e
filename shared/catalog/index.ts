export * from './sources';
export * from './schemas';
export * from './frameworks';
export * from './skills';
export * from './certifications';
export * from './starter/templates';
export * from './starter/build';
