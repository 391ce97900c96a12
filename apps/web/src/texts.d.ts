/**
 * The texts of each part of the app (`shell`, `home/pages` …), one loader per language: made by the
 * build from the JSON catalogs (apps/web/vite/catalogs-plugin.ts, decision 0188), read by `i18n.ts`.
 */
declare module 'virtual:lots-texts' {
  import type { Locale } from '@lots/core';
  export const textParts: Record<string, Record<Locale, () => Promise<{ default: Record<string, Record<string, unknown>> }>>>;
}
