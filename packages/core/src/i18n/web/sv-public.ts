import common from '../../../locales/sv/common.json' with { type: 'json' };
import auth from '../../../locales/sv/auth.json' with { type: 'json' };
import setup from '../../../locales/sv/setup.json' with { type: 'json' };
import invitations from '../../../locales/sv/invitations.json' with { type: 'json' };
import accessibility from '../../../locales/sv/accessibility.json' with { type: 'json' };

/**
 * The namespaces of the pages shown before anyone signs in (PUBLIC_WEB_NAMESPACES), in this language:
 * the web app loads this module first and the language's whole catalog (`./sv`) only for other
 * pages (decision 0169).
 */
export const catalog = { common, auth, setup, invitations, accessibility };

export type PublicWebCatalog = typeof catalog;
