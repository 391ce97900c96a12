import 'i18next';
import type { WebCatalog } from '@lots/core';

/**
 * Typed keys: every `t('namespace:key')` is checked against the Swedish (source) JSON catalogs.
 * Keys always name their namespace, so `useTranslation()` may use any of them.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: ['common', ...Exclude<keyof WebCatalog, 'common'>[]];
    resources: WebCatalog;
    returnNull: false;
  }
}
