import type { Locale } from '../common';
import { mailSv } from './mail/sv';
import { mailNb } from './mail/nb';
import { mailEn } from './mail/en';
import { webSv } from './web/sv';
import { webNb } from './web/nb';
import { webEn } from './web/en';
import { contentSv } from './content/sv';
import { contentNb } from './content/nb';
import { contentEn } from './content/en';

/** All user-visible text, per language and namespace: `web` (the app), `mail` (e-mails), `content` (documents and editable defaults). */
export const resources = {
  sv: { web: webSv, mail: mailSv, content: contentSv },
  nb: { web: webNb, mail: mailNb, content: contentNb },
  en: { web: webEn, mail: mailEn, content: contentEn },
} as const;

export type Namespace = 'web' | 'mail' | 'content';

/**
 * Looks a key up ("invitation.subject") and fills {{placeholders}} — the same syntax
 * i18next uses in the web app. A missing key is a programming error: it throws.
 */
export function translate(locale: Locale, namespace: Namespace, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = resources[locale][namespace];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing translation ${locale}:${namespace}:${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing value for {{${name}}} in ${namespace}:${key}`);
    return String(value);
  });
}

/** Every key path of a catalog, for completeness tests. */
export function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}
