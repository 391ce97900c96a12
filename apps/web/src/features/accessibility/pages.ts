/** The `accessibility` feature's pages: the routes load this entry lazily (its own chunk, decision 0160). */
export { AccessibilityStatementPage } from './AccessibilityStatementPage';
