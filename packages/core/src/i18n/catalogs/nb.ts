import type { Catalog } from './sv';
import { catalog as web } from '../web/nb';
import mail from '../../../locales/nb/mail.json' with { type: 'json' };

/** Every namespace's catalog in Norwegian Bokmål, from `packages/core/locales/nb/*.json`: the web app's and `mail`. */
export const catalog: Catalog = { ...web, mail };
