import type { i18n as I18n } from 'i18next';
import type { Catalog } from '@lots/core';
import { ApiError, type ApiErrorDetail } from '../../api/errors';

type KeyPaths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}` }[keyof T & string];
type ImportCatalog = Catalog['common']['importErrors'];

/** A translation key of an import problem, e.g. `common:importErrors.email.invalid`. */
export type ImportErrorKey = `common:importErrors.${KeyPaths<ImportCatalog>}`;
export type ImportErrorValues = Record<string, string | number>;
/** i18next's `t` (or anything alike) for import problems; `fallback` is the API's message, for i18next's `defaultValue`. */
export type Translate = (key: ImportErrorKey, values: ImportErrorValues, fallback: string) => string;
/** The text of an import problem's code (placeholders not filled) in the active language; undefined for a code the catalog does not have. */
export type ImportErrorSource = (code: string) => string | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The text at a code's path ("email.invalid") under a catalog's `importErrors`, own keys only. */
export function importErrorTextAt(importErrors: unknown, code: string): string | undefined {
  let node: unknown = importErrors;
  for (const part of code.split('.')) node = isRecord(node) && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The import-problem texts of the language i18next has loaded (only the active language is loaded). */
export function i18nextSource(i18n: Pick<I18n, 'language' | 'getResourceBundle'>): ImportErrorSource {
  return (code) =>
    importErrorTextAt(
      (i18n.getResourceBundle(i18n.language, 'common') as unknown as Record<string, unknown> | undefined)?.importErrors,
      code,
    );
}

/** The translation key for an import problem's code; undefined for a missing or unknown code. */
export function importErrorKey(code: string | undefined, source: ImportErrorSource): ImportErrorKey | undefined {
  return code && source(code) !== undefined ? (`common:importErrors.${code}` as ImportErrorKey) : undefined;
}

/**
 * The text to show for one import problem: its code translated, with `values` filling the
 * placeholders. The API's (English) message only for a code we do not know, or when a value the
 * text needs is missing.
 */
export function importErrorText(
  detail: Pick<ApiErrorDetail, 'code' | 'values' | 'message'>,
  translate: Translate,
  source: ImportErrorSource,
): string {
  const key = importErrorKey(detail.code, source);
  if (!key || !detail.code) return detail.message;
  const values = detail.values ?? {};
  const needed = [...(source(detail.code) ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
  if (needed.some((name) => !Object.hasOwn(values, name))) return detail.message;
  return translate(key, values, detail.message);
}

/**
 * For a file the API could not read at all (a 400 naming `file`, e.g. an empty file or an
 * unclosed quote), the translated problem; undefined for any other error.
 */
export function fileErrorText(error: unknown, translate: Translate, source: ImportErrorSource): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'validation' || error.field !== 'file') return undefined;
  const detail = error.details[0];
  return detail ? importErrorText(detail, translate, source) : undefined;
}
