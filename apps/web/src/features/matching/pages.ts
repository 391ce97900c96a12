/** The `matching` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { MatchingPage } from './MatchingPage';
export { PreferencesPage } from './PreferencesPage';
