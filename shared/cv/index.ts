export * from './action-verbs';
export * from './sentence';
export * from './bullet';
export * from './hints';
