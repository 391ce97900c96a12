/** Contract of the `programs` capability: cohorts, their status machine and eligibility rules, events. */
export * from './eligibility';
export * from './program';
export * from './readiness';
