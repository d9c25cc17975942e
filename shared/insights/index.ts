export * from './readiness';
export * from './milestones';
export * from './renewal';
export * from './evidence';
