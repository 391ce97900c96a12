import type { PublicWebCatalog } from './sv-public';
import common from '../../../locales/en/common.json' with { type: 'json' };
import auth from '../../../locales/en/auth.json' with { type: 'json' };
import setup from '../../../locales/en/setup.json' with { type: 'json' };
import invitations from '../../../locales/en/invitations.json' with { type: 'json' };
import accessibility from '../../../locales/en/accessibility.json' with { type: 'json' };

/**
 * The namespaces of the pages shown before anyone signs in (PUBLIC_WEB_NAMESPACES), in this language:
 * the web app loads this module first and the language's whole catalog (`./en`) only for other
 * pages (decision 0169).
 */
export const catalog: PublicWebCatalog = { common, auth, setup, invitations, accessibility };
