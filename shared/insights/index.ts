export * from './readiness';
export * from './milestones';
export * from './renewal';
export * from './evidence';
export * from './readiness-explanation';
export * from './skill-area-summary';
// The interview coverage and suggestions are imported from their files: they carry the question bank
// and the stemmer, which the dashboard's start-up code must not load.
