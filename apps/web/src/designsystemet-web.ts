/**
 * What the app takes of Designsystemet's web components (decision 0167). Designsystemet's React
 * components import `@digdir/designsystemet-web` for its side effects — every custom element and
 * polyfill it has, about 25 KB of gzip JavaScript before the first page. The build points that import
 * here (vite.config.ts) and registers only the elements behind the React components Lots uses
 * (Field/Textfield, Fieldset, ErrorSummary, Details, Dialog, Pagination; commandfor/invokers for
 * buttons, readonly for inputs, clickdelegatefor for cards and tables). Not registered: suggestion and
 * search (u-combobox, u-datalist), tabs (u-tabs), tooltip and popover (Floating UI, the popover
 * polyfill), toggle-group and focusgroup, breadcrumbs. A page that starts using one of those adds
 * its subpath import here (`@digdir/designsystemet-web/ds-tabs` …). The invoker commands' polyfill is
 * loaded only by a browser without them (the polyfill checks the same before it applies itself;
 * decision 0188).
 */
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/ds-field';
export { pagination } from '@digdir/designsystemet-web/ds-pagination';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/readonly';

const invokersSupported =
  typeof HTMLButtonElement === 'undefined' ||
  ('command' in HTMLButtonElement.prototype &&
    'source' in ((globalThis as { CommandEvent?: { prototype: object } }).CommandEvent?.prototype ?? {}));
if (!invokersSupported) void import('@digdir/designsystemet-web/invokers');
