import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** The PostgreSQL array types a batch is sent as. */
type ArrayType = 'text' | 'uuid' | 'boolean' | 'integer' | 'jsonb' | 'timestamptz';

/**
 * A whole list of values as ONE parameter of a PostgreSQL array type, for batched statements
 * (decision 0178): a look-up by a list is `anyOf(column, list)`; `from unnest(${values(ids, 'uuid')}, …)` (or `unnest`).
 * The statement's text and its parameter count stay the same however many values there are, so
 * neither the SQL builder nor PostgreSQL's 65,535-parameter limit grows with a batch, and
 * `unnest` of one array per column inserts or updates a batch of rows in one statement.
 * `null` elements are kept (a column without a value for that row).
 */
export function values(list: readonly unknown[], type: ArrayType): SQL {
  return sql`${sql.param(list)}::${sql.raw(type)}[]`;
}

/**
 * `column = any($1::uuid[])`: a look-up by a list (of ids, by default) as one array parameter, so thousands of
 * values cost one parameter, not one each (`values`). An empty list matches nothing.
 */
export function anyOf(column: AnyColumn | SQL, list: readonly unknown[], type: ArrayType = 'uuid'): SQL {
  return sql`${column} = any(${values(list, type)})`;
}

const COLUMN = /^[a-z_][a-z0-9_]*$/;

/**
 * Rows as one array per column: `unnest($1::uuid[], $2::text[], …) as v(id, name, …)`, for
 * `insert … select v.id, … from ${unnest(…)}` or `update … from ${unnest(…)} where t.id = v.id`.
 * `columns` names each column of `v` (as the SQL uses it) with its array type, in order; each row
 * gives a value for every column (`null` for none). One statement however many rows (decision 0178).
 */
export function unnest<C extends Record<string, ArrayType>>(columns: C, rows: readonly { readonly [K in keyof C]: unknown }[]): SQL {
  const names = Object.keys(columns);
  for (const name of names) if (!COLUMN.test(name)) throw new Error(`unnest: "${name}" is not a plain column name`);
  const arrays = names.map((name) =>
    values(
      rows.map((row) => row[name]),
      columns[name]!,
    ),
  );
  return sql`unnest(${sql.join(arrays, sql`, `)}) as v(${sql.raw(names.join(', '))})`;
}
