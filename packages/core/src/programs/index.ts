export * from './eligibility';
export * from './program';
export * from './application';
export * from './matching';
export * from './mentorship';
export * from './pair-state';
