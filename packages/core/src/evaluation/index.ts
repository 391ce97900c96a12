/** Contract of the `evaluation` capability: surveys, the instrument library and suppressed aggregates. */
export * from './suppression';
export * from './instruments';
export * from './contract';
