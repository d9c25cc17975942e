export * from './readiness';
export * from './milestones';
export * from './renewal';
export * from './evidence';
export * from './readiness-explanation';
export * from './skill-area-summary';
