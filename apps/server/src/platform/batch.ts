import { sql, type SQL } from 'drizzle-orm';

/**
 * A whole list of values as ONE parameter of a PostgreSQL array type, for batched statements
 * (decision 0178): `= any(${values(emails, 'text')})`, `from unnest(${values(ids, 'uuid')}, …)`.
 * The statement's text and its parameter count stay the same however many values there are, so
 * neither the SQL builder nor PostgreSQL's 65,535-parameter limit grows with a batch, and
 * `unnest` of one array per column inserts or updates a batch of rows in one statement.
 * `null` elements are kept (a column without a value for that row).
 */
export function values(list: readonly unknown[], type: 'text' | 'uuid' | 'boolean' | 'integer' | 'jsonb' | 'timestamptz'): SQL {
  return sql`${sql.param(list)}::${sql.raw(type)}[]`;
}
