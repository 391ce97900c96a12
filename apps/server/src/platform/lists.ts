/**
 * The one way a list query is written (decision 0161): search with `searchAny` (or `matchAny` in a
 * prepared statement), order with `ordering` (always ending on a unique column, so pages neither
 * repeat nor skip a row) and count with `COUNT`. Repositories compose these with their own joins and
 * filters; `limit`/`offset` come from the list's query (`listQuerySchema` in @lots/core). One list
 * differs, and says why in its repository: the people list searches a whole organisation through a
 * trigram index, so a search of short words (1–2 characters) matches the start of a word there
 * instead of "contains" (decision 0191), which a trigram index cannot serve.
 */
import { asc, desc, ilike, or, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SortDirection } from '@lots/core';
import { schema } from '@lots/db';

const { organisations } = schema;

/** `count(*)` as a number, for a list's total. */
export const COUNT = sql<number>`count(*)::int`;

/** `%q%` with LIKE's own characters escaped. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** The rows where any of `columns` contains `q` (case-insensitive); no condition for an empty search. */
export function searchAny(q: string | undefined, columns: (AnyColumn | SQL)[]): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  return matchAny(containsPattern(text), columns);
}

/**
 * The rows where any of `columns` matches a `containsPattern` — given as a value, or as a prepared
 * statement's placeholder (`sql.placeholder('pattern')`, its value `containsPattern(q.trim())`).
 */
export function matchAny(pattern: string | SQLWrapper, columns: (AnyColumn | SQL)[]): SQL | undefined {
  return or(...columns.map((c) => ilike(c, pattern)));
}

/**
 * The rows whose organisation — `organisationId`, a column holding an organisation's id, such as an application's copy of
 * its applicant's (decision 0201) — has a name matching a `containsPattern`: one uncorrelated subquery, its ids read
 * once and hashed, so no row looks anything up.
 */
export function organisationNamed(organisationId: AnyColumn, pattern: string | SQLWrapper): SQL {
  return sql`${organisationId} in (select ${organisations.id} from ${organisations} where ${ilike(organisations.name, pattern)})`;
}

/**
 * A name's sort key in the Nordic alphabets, the same on every database (byte order, no locale):
 * case ignored, å ä ö (and Norwegian æ ø) after z in Swedish order, common accents folded.
 */
export function nordicOrder(column: AnyColumn | SQL): SQL {
  return sql`translate(lower(${column}), 'åäæöøéèêáàüç', '{||}}eeeaayc') collate "C"`;
}

/** ORDER BY the sort's columns in `dir`, then `unique` in the same direction: a total, stable order. */
export function ordering<S extends string>(
  keys: Record<S, (AnyColumn | SQL)[]>,
  sort: S,
  dir: SortDirection,
  unique: AnyColumn | SQL,
): SQL[] {
  const by = dir === 'desc' ? desc : asc;
  return [...keys[sort].map((k) => by(k)), by(unique)];
}
