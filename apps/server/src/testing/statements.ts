import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '@lots/db';

/** The statements of the `statementsOf` call whose async context a statement runs in. */
const statementContext = new AsyncLocalStorage<string[]>();

/**
 * What `fn` returns and the text of every statement it ran (through `Database.observe`), in order: only those of its
 * own async context — a request injected inside it, its transaction — not the mail sender's or the job workers'
 * polling meanwhile. How the tests (`TestApp.statementsOf`) and `bench:requests` count what a request costs the database.
 */
export async function statementsOf<T>(
  database: Pick<Database, 'observe'>,
  fn: () => PromiseLike<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = database.observe((statement) => {
    if (statementContext.getStore() === statements) statements.push(statement);
  });
  try {
    // Awaited inside the context: inject() starts only when awaited, so the request runs in it.
    const result = await statementContext.run(statements, async () => await fn());
    return { result, statements };
  } finally {
    stop();
  }
}
