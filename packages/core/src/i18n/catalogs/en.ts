import type { Catalog } from './sv';
import { catalog as web } from '../web/en';
import mail from '../../../locales/en/mail.json' with { type: 'json' };

/** Every namespace's catalog in English, from `packages/core/locales/en/*.json`: the web app's and `mail`. */
export const catalog: Catalog = { ...web, mail };
