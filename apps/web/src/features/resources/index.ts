/** The `resources` feature: a program's links per role and language. */
export { ResourcesSection } from './ResourcesSection';
