import { join } from 'node:path';
import PgBoss from 'pg-boss';
import { randomBytes } from 'node:crypto';
import {
  preparePgliteTemplate,
  preparePostgresTemplate,
  dropPostgresTestDatabases,
  PGLITE_TEMPLATE_ENV,
  POSTGRES_RUN_ENV,
  POSTGRES_TEMPLATE_ENV,
} from '@lots/db/testing';

/**
 * Builds the migrated template database once for the whole run: on PostgreSQL (LOTS_TEST_DATABASE_URL) a template
 * database named by the migrations' hash (built only when missing, never dropped, so concurrent runs do not clash), on PGlite a data-directory dump cached under node_modules/.cache (keyed by the migrations) whose path the
 * test files inherit through the environment. The template also holds pg-boss's schema (`pgboss`, as the server uses
 * it), so that no test app spends seconds creating it.
 */
const jobsSchema = PgBoss.getConstructionPlans('pgboss');

export async function setup(): Promise<() => Promise<void>> {
  const url = process.env.LOTS_TEST_DATABASE_URL;
  if (!url) {
    process.env[PGLITE_TEMPLATE_ENV] = await preparePgliteTemplate(join(process.cwd(), 'node_modules', '.cache', 'lots'), jobsSchema);
    return async () => {};
  }
  // Keyed by the migrations like the PGlite dump; the run's own databases carry the run's prefix.
  process.env[POSTGRES_TEMPLATE_ENV] = await preparePostgresTemplate(url, jobsSchema);
  process.env[POSTGRES_RUN_ENV] = randomBytes(4).toString('hex');
  return async () => {
    await dropPostgresTestDatabases(url);
  };
}
