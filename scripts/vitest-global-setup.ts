import { join } from 'node:path';
import PgBoss from 'pg-boss';
import { preparePgliteTemplate, preparePostgresTemplate, dropPostgresTestDatabases, PGLITE_TEMPLATE_ENV } from '@lots/db/testing';

/**
 * Builds the migrated template database once for the whole run: on PostgreSQL (LOTS_TEST_DATABASE_URL) a template
 * database, on PGlite a data-directory dump cached under node_modules/.cache (keyed by the migrations) whose path the
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
  await preparePostgresTemplate(url, jobsSchema);
  return async () => {
    await dropPostgresTestDatabases(url);
  };
}
