import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '@lots/db';
import { loadConfig } from './config';

/** Set in the child that creates a new embedded database (see `initialiseApart`). */
const INIT_ONLY = 'LOTS_INITIALISE_DATA_DIR';

/**
 * A new embedded database is created (PostgreSQL's initdb, in its own WebAssembly instance with the
 * whole file bundle) by a child process running this same program, which exits when done: the
 * server never holds that memory (issue 15, decision 0184: about 95 MB less idle RSS after a first
 * start). The child opens the directory exactly as the server does (`connect`), then closes it.
 */
async function initialiseApart(dataDir: string) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, [INIT_ONLY]: '1' },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve, reject) => child.once('error', reject).once('exit', resolve));
  if (code !== 0 || !existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`creating the embedded database in ${dataDir} failed`);
}

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    if (process.env[INIT_ONLY] === '1') {
      await (await connect({ dataDir: config.dataDir })).close();
      process.exit(0);
    }
    if (!existsSync(join(config.dataDir, 'PG_VERSION'))) await initialiseApart(config.dataDir);
  }
  // The database opens (on the embedded one: PGlite's WebAssembly compiled, PostgreSQL started)
  // while the rest of the server's modules load: they are imported only now (decision 0190).
  const [database, { buildApp }, { failInterruptedRuns, userCount }] = await Promise.all([
    connect({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir }),
    import('./app'),
    import('./modules'),
  ]);
  await database.migrate();
  const built = await buildApp(config, database);
  const { app, ctx } = built;

  if (config.demo) {
    // DEMO=on with several processes on one PostgreSQL: one loads the world, the others find it.
    const seeded = await database.exclusive('lots.demo', async () => {
      if ((await userCount(ctx)) > 0) return false;
      app.log.info('empty database: loading the demo world');
      const { seedDemo } = await import('./seed/demo');
      await seedDemo(ctx);
      return true;
    });
    if (seeded) {
      const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('./seed/accounts');
      const lines = DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(26)} ${DEMO_PASSWORD}   (${a.role})`).join('\n');
      console.log(`\n  Demo accounts (password for all: ${DEMO_PASSWORD}):\n${lines}\n`);
    }
  }
  // Matching runs of a process that stopped (this one before a restart, or another one) are marked
  // failed once their heartbeat is a minute old; runs other live processes compute are left alone.
  await failInterruptedRuns(ctx);
  const runSweep = setInterval(() => {
    failInterruptedRuns(ctx).catch((error: Error) => app.log.error({ err: error }, 'matching run sweep failed'));
  }, 60_000);
  runSweep.unref();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(runSweep);
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await built.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (database.kind === 'pglite') {
    // What the embedded database promises, and what not (decision 0032).
    app.log.warn(
      `embedded database (PGlite) in ${config.dataDir}: for evaluation and small single-server use. ` +
        'Commits are flushed to disk (fsync) before they are acknowledged, but it serves one process only, ' +
        'has no backups, replication or point-in-time recovery, and its files are tied to the PGlite version. ' +
        'Production belongs on PostgreSQL: set DATABASE_URL.',
    );
  }
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `\n  Lots is running at ${config.publicUrl}  (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})\n`,
  );
  // Starting leaves a lot of garbage that an idle server would hold for good (no allocation, no
  // collection): the demo load, the route schemas (a new embedded database's initdb runs in a child
  // process, decision 0184). `npm start` runs with --expose-gc so it is collected once, a second
  // after listening: not in the way of the start or of the first requests (decision 0190).
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) setTimeout(collect, 1000).unref();
}

main().catch((error: Error) => {
  console.error(`Lots could not start: ${error.message}`);
  process.exit(1);
});
