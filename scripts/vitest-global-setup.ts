import { preparePostgresTemplate, dropPostgresTestDatabases } from '@lots/db/testing';

/** With LOTS_TEST_DATABASE_URL, builds the migrated template database once for the whole run. */
export async function setup(): Promise<() => Promise<void>> {
  const url = process.env.LOTS_TEST_DATABASE_URL;
  if (!url) return async () => {};
  await preparePostgresTemplate(url);
  return async () => {
    await dropPostgresTestDatabases(url);
  };
}
