import { catalog as web } from '../web/sv';
import mail from '../../../locales/sv/mail.json' with { type: 'json' };

/** Every namespace's catalog in Swedish (the source), from `packages/core/locales/sv/*.json`: the web app's and `mail`. */
export const catalog = { ...web, mail };

/** The shape of a language: every namespace with the Swedish keys. */
export type Catalog = typeof catalog;
