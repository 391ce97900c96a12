import { resources } from '@lots/core';
import { ApiError, type ApiErrorDetail } from '../../lib/api';

type KeyPaths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}` }[keyof T & string];
type Catalog = (typeof resources)['sv']['common']['importErrors'];

/** A translation key of an import problem, e.g. `importErrors.email.invalid`. */
export type ImportErrorKey = `common:importErrors.${KeyPaths<Catalog>}`;
export type ImportErrorValues = Record<string, string | number>;
/** i18next's `t` (or anything alike) for import problems; `fallback` is the API's message, for i18next's `defaultValue`. */
export type Translate = (key: ImportErrorKey, values: ImportErrorValues, fallback: string) => string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The Swedish (source) text of a code, or undefined for a code this version of the app does not know. */
function sourceText(code: string): string | undefined {
  let node: unknown = resources.sv.common.importErrors;
  for (const part of code.split('.')) node = isRecord(node) && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The translation key for an import problem's code; undefined for a missing or unknown code. */
export function importErrorKey(code: string | undefined): ImportErrorKey | undefined {
  return code && sourceText(code) !== undefined ? (`common:importErrors.${code}` as ImportErrorKey) : undefined;
}

/**
 * The text to show for one import problem: its code translated, with `values` filling the
 * placeholders. The API's (English) message only for a code we do not know, or when a value the
 * text needs is missing.
 */
export function importErrorText(detail: Pick<ApiErrorDetail, 'code' | 'values' | 'message'>, translate: Translate): string {
  const key = importErrorKey(detail.code);
  if (!key || !detail.code) return detail.message;
  const values = detail.values ?? {};
  const needed = [...(sourceText(detail.code) ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
  if (needed.some((name) => !Object.hasOwn(values, name))) return detail.message;
  return translate(key, values, detail.message);
}

/**
 * For a file the API could not read at all (a 400 naming `file`, e.g. an empty file or an
 * unclosed quote), the translated problem; undefined for any other error.
 */
export function fileErrorText(error: unknown, translate: Translate): string | undefined {
  if (!(error instanceof ApiError) || error.code !== 'validation' || error.field !== 'file') return undefined;
  const detail = error.details[0];
  return detail ? importErrorText(detail, translate) : undefined;
}
