export * from './auth';
export * from './organisations';
export * from './mail';
export * from './programs';
export * from './matching';
export * from './mentorship';
export * from './throttle';
export * from './costs';
