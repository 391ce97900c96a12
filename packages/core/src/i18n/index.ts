import type { Locale } from '../common';
import { LOCALE_TAGS } from '../values';
import { catalog as sv, type Catalog } from './catalogs/sv';
import { catalog as nb } from './catalogs/nb';
import { catalog as en } from './catalogs/en';
import type { Namespace } from './namespaces';

/**
 * All user-visible text, per language and namespace, read from the JSON catalogs in
 * `packages/core/locales/{sv,nb,en}/{namespace}.json` (Swedish is the source): what the server
 * renders mail, PDFs and calendar events with. The web app does not import this: its build makes
 * one chunk per part of the app and language with the texts that part shows (decision 0188).
 */
export const resources = { sv, nb, en } as const satisfies Record<Locale, Catalog>;

export type { Catalog };
export type { WebCatalog } from './web/sv';
export { NAMESPACES, WEB_NAMESPACES, type Namespace } from './namespaces';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(LOCALE_TAGS[locale])));
  return format;
}

/**
 * Looks a key up ("invitation.subject") and fills {{placeholders}} — the same syntax
 * i18next uses in the web app, `{{count, number}}` included (12 000 in Swedish, 12,000 in
 * English). A missing key or value is a programming error: it throws.
 */
export function translate(locale: Locale, namespace: Namespace, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = resources[locale][namespace];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing translation ${locale}:${namespace}:${key}`);
  return node.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_, name: string, format: string | undefined) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing value for {{${name}}} in ${namespace}:${key}`);
    if (format === undefined) return String(value);
    if (format !== 'number') throw new Error(`Unknown format {{${name}, ${format}}} in ${namespace}:${key}`);
    return numberFormat(locale).format(Number(value));
  });
}

/** A key that names its namespace, as everywhere in the web app: "mail:greeting", "mentorship:pdf.title". */
export type NamespacedKey = `${Namespace}:${string}`;

/**
 * `translate` in a given language for keys that name their namespace. Call the result `t`
 * (`const t = translator(locale); t('mentorship:pdf.title')`) and the key report finds the key in
 * code, as it does in the web app.
 */
export function translator(locale: Locale): (key: NamespacedKey, vars?: Record<string, string | number>) => string {
  return (key, vars = {}) => {
    const at = key.indexOf(':');
    return translate(locale, key.slice(0, at) as Namespace, key.slice(at + 1), vars);
  };
}

/** Every key path of a catalog, for completeness tests. */
export function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}
export { READER_TIME_ZONE, formatDayForPeople, formatDayTimeForPeople } from './dates';
