/**
 * The one shape of a list (decision 0161): a query of search text, sort column, direction and a page
 * (`limit`, `offset`), each list adding its own filters; an answer of one page of items and the
 * total that matches. The server filters, searches, sorts and pages in SQL.
 */
import { z } from 'zod';
import { SORT_DIRECTIONS, type SortDirection } from './values';

export { SORT_DIRECTIONS, type SortDirection };

/** Furthest a page may start: beyond it a search narrows better than paging does. */
export const MAX_LIST_OFFSET = 100_000;

/**
 * A list's query: `q`, `sort` among `sorts`, `dir`, `limit` (at most `max`) and `offset`. Extend it
 * with the list's own filters (`.extend({ role: … })`).
 */
export function listQuerySchema<S extends string>(
  sorts: readonly [S, ...S[]],
  defaults: { sort: NoInfer<S>; dir?: SortDirection; limit?: number; max?: number },
) {
  return z.strictObject({
    q: z.string().trim().max(200).optional(),
    sort: z.enum(sorts).default(defaults.sort as never),
    dir: z.enum(SORT_DIRECTIONS).default(defaults.dir ?? 'asc'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(defaults.max ?? 100)
      .default(defaults.limit ?? 25),
    offset: z.coerce.number().int().min(0).max(MAX_LIST_OFFSET).default(0),
  });
}

/**
 * Furthest a search's or filter's total is counted exactly: beyond it the answer says "more than" (`totalCapped`), so
 * that a search or filter matching much of an organisation costs its page, not a count of every match (decisions 0203,
 * 0171).
 */
export const LIST_TOTAL_CAP = 10_000;

/** One page of a list: its items and how many match in all (a list that caps its count extends it, e.g. people's page). */
export function listPageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
