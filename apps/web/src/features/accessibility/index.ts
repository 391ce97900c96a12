/** The `accessibility` feature: the installation's accessibility statement (its page is in `pages.ts`), linked from every page's footer. */
export { accessibilityStatementQuery, useAccessibilityStatement } from './api';
