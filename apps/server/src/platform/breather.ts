import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For long loops on the request thread (imports: thousands of rows, a query each): returns a
 * function to await once per step, which gives the event loop a turn whenever `budgetMs` has
 * passed since the last one. Needed on PGlite above all: it answers queries in the same thread and
 * resolves them as microtasks, so a loop of awaited queries never lets another request in.
 */
export function breather(budgetMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTurn();
    since = performance.now();
  };
}
