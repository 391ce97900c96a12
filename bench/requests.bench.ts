/**
 * Goal 1 of issue 15: what an authenticated, database-backed list costs per request.
 *
 * `npm run bench:requests` (or `npx tsx bench/requests.bench.ts`; `--seconds N`, `--rounds N`,
 * `--people N`, `--profile DIR` for a CPU profile of the Lots process) uses PostgreSQL in
 * LOTS_BENCH_DATABASE_URL (or LOTS_TEST_DATABASE_URL; an administrator's URL: a database of its own is
 * created and dropped), else starts one of its own as `.ci/run` does. It migrates it, adds one
 * organisation with 2,000 people and a coordinator, starts Lots by `npm start`'s script (the
 * precompiled server, decision 0182; with DATABASE_URL, default log level, the log written to a file) and signs in, then starts the reference: bare Fastify + node-postgres running the
 * minimal equivalent SQL (bench/requests-reference.mjs). Each is warmed up, then loaded with
 * `GET /api/organisations/{id}/people` (a page of 100, no compression asked for, as for both) over 50
 * keep-alive connections for the given seconds, in turns for the given rounds; the median round of
 * each counts. Prints requests per second and p99 latency with the ratio against the reference, and
 * the CPU each request cost in the server, in PostgreSQL (when it runs on this machine) and in the load
 * generator. The budget: ≥ 60 % of the reference's requests per second and p99 < 50 ms — which at 50
 * connections needs more than 1,000 requests per second (Little's law: the mean latency is the
 * connections divided by the throughput), so the output says what the reference itself reaches.
 * Before the load, the SQL statements of each of `--counted N` (default 50) list requests are counted
 * by the server's statement observer (budget 2, `statementsPerRequest`).
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect, schema } from '@lots/db';
import { buildApp } from '../apps/server/src/app';
import { createAccount } from '../apps/server/src/auth/accounts';
import { loadConfig } from '../apps/server/src/config';
import { statementsOf } from '../apps/server/src/testing/statements';
import {
  BENCH_PASSWORD,
  benchPostgres,
  cpuMsOf,
  median,
  npmStart,
  printRows,
  root,
  signIn,
  start,
  type Row,
  type Started,
} from './support';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    people: { type: 'string', default: '2000' },
    counted: { type: 'string', default: '50' },
    // Writes a V8 CPU profile of the Lots process to this folder (node --cpu-prof), to find per-request waste.
    profile: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const PEOPLE = Number(args.people);
const CONNECTIONS = 50;
const RATIO_BUDGET = 0.6;
const P99_BUDGET_MS = 50;
const COUNTED = Number(args.counted);
const STATEMENTS_BUDGET = 2;
const AUTH_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

// An administrator's URL; without one, a PostgreSQL of the bench's own (benchPostgres).
let adminUrl = process.env.LOTS_BENCH_DATABASE_URL ?? process.env.LOTS_TEST_DATABASE_URL;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** One organisation, its people (a tenth with a unit and a manager) and a coordinator with an account. */
async function seed(url: string): Promise<string> {
  const database = await connect({ url, maxConnections: 2 });
  try {
    await database.migrate();
    const db = database.db;
    const [org] = await db.insert(schema.organisations).values({ name: 'Riksbenchverket' }).returning({ id: schema.organisations.id });
    const organisationId = org!.id;
    const [unit] = await db.insert(schema.units).values({ organisationId, name: 'Avdelning 1' }).returning({ id: schema.units.id });
    const userId = await createAccount(db, {
      name: 'Sara Samordnare',
      email: 'samordnare@bench.example',
      password: BENCH_PASSWORD,
      locale: 'sv',
    });
    const [coordinator] = await db
      .insert(schema.people)
      .values({ organisationId, userId, name: 'Sara Samordnare', email: 'samordnare@bench.example', roles: ['coordinator'] })
      .returning({ id: schema.people.id });
    for (let from = 0; from < PEOPLE; from += 1000) {
      const batch = Array.from({ length: Math.min(1000, PEOPLE - from) }, (_, k) => {
        const i = from + k;
        return {
          organisationId,
          name: `Person ${String(i).padStart(5, '0')}`,
          email: `person${i}@bench.example`,
          title: i % 3 === 0 ? 'Handläggare' : null,
          unitId: i % 10 === 0 ? unit!.id : null,
          managerId: i % 10 === 0 ? coordinator!.id : null,
          roles: ['participant' as const],
        };
      });
      await db.insert(schema.people).values(batch);
    }
    return organisationId;
  } finally {
    await database.close();
  }
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
  /** CPU milliseconds per answered request: the server process, PostgreSQL (null when not on this machine), this load generator. */
  cpu: { server: number | null; database: number | null; generator: number };
}

/** The processes whose CPU time a round counts. */
interface Counted {
  server: number;
  database: number | null;
}

function cpuNow(counted: Counted) {
  const own = process.cpuUsage();
  return {
    server: cpuMsOf(counted.server),
    database: counted.database === null ? null : cpuMsOf(counted.database),
    generator: (own.user + own.system) / 1000,
  };
}

/** `CONNECTIONS` keep-alive connections, each sending the next request when the last one is answered. */
async function load(url: string, path: string, cookie: string, seconds: number, counted: Counted): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const target = new URL(path, url);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const request = http.get(target, { agent, headers: { cookie } }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 200) latencies.push(performance.now() - t0);
          else errors++;
          resolve();
        });
      });
      request.on('error', () => {
        errors++;
        resolve();
      });
    });
  const before = cpuNow(counted);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const after = cpuNow(counted);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const n = Math.max(1, latencies.length + errors);
  const per = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / n);
  return {
    rps: latencies.length / elapsed,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? Infinity,
    errors,
    cpu: {
      server: per(before.server, after.server),
      database: per(before.database, after.database),
      generator: (after.generator - before.generator) / n,
    },
  };
}

/** The postmaster's process id when PostgreSQL runs on this machine and its data directory is readable, else null. */
async function postmasterPid(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>('show data_directory');
    const pid = Number(readFileSync(join(rows[0]!.data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return cpuMsOf(pid) === null ? null : pid;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * The SQL statements each of `count` authenticated requests of `path` runs (goal 1: at most 2), as
 * `apps/server/src/platform/request-cost.test.ts` counts them: Lots' app built in this process from
 * the server's source (the code `npm start` bundles) on the same database and secret, so `cookie`
 * (the bench's session) is valid; the requests injected one at a time, each in an async context of
 * its own, and every statement the database layer runs (`Database.observe`) counted for the request
 * in whose context it runs (`statementsOf`, the tests' own) — the mail sender's and pg-boss's polling
 * meanwhile run outside any. Each answer must be `expected` (the page the started server gave).
 */
async function statementsPerRequest(url: string, path: string, cookie: string, count: number, expected: string) {
  const database = await connect({ url, maxConnections: 5 });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    PUBLIC_URL: 'http://127.0.0.1',
    AUTH_SECRET,
    DEMO: 'off',
    LOG_LEVEL: 'silent',
  });
  const built = await buildApp(config, database, false);
  try {
    await built.app.ready();
    const counts: number[] = [];
    let first: string[] = [];
    for (let i = 0; i < count; i++) {
      const { result: response, statements } = await statementsOf(database, () =>
        built.app.inject({ method: 'GET', url: path, headers: { cookie } }),
      );
      if (response.statusCode !== 200 || canonical(response.json()) !== expected)
        throw new Error(`The counted request answered ${response.statusCode}: ${response.body.slice(0, 200)}`);
      counts.push(statements.length);
      if (i === 0) first = statements;
    }
    return { counts, first };
  } finally {
    await built.close();
    await database.close();
  }
}

/** JSON with every object's keys sorted, to compare two answers whose key order may differ. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
const ms = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)} ms`);

async function main() {
  const postgres = adminUrl ? null : await benchPostgres();
  adminUrl ??= postgres!.url;
  const name = `lots_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const servers: Started[] = [];
  try {
    const organisationId = await seed(url);
    const path = `/api/organisations/${organisationId}/people`;
    // `npm start`'s own script (exec: the server is the shell's process), which builds what changed first.
    const lots = await start(
      'sh',
      npmStart(args.profile),
      {
        DATABASE_URL: url,
        DEMO: 'off',
        NODE_ENV: 'test',
        AUTH_SECRET,
      },
      '/healthz',
      600_000,
      join(os.tmpdir(), `${name}-lots.log`),
    );
    servers.push(lots);
    const reference = await start(
      process.execPath,
      [join(root, 'bench/requests-reference.mjs')],
      { DATABASE_URL: url },
      '/healthz',
      60_000,
      join(os.tmpdir(), `${name}-reference.log`),
    );
    servers.push(reference);
    const cookie = await signIn(lots.url);
    const check = await fetch(`${lots.url}${path}`, { headers: { cookie } });
    const body = (await check.json()) as { total: number };
    if (!check.ok || body.total !== PEOPLE + 1) throw new Error(`Lots answered ${check.status}: ${JSON.stringify(body).slice(0, 200)}`);
    const fromReference = await fetch(`${reference.url}${path}`, { headers: { cookie } });
    const referenceBody = (await fromReference.json()) as { total: number; items: unknown[] };
    // The same page: both answer the same 100 people of the same total.
    if (canonical(referenceBody) !== canonical(body))
      throw new Error(`The reference answers another page than Lots: ${JSON.stringify(referenceBody).slice(0, 200)}`);

    const counted = await statementsPerRequest(url, path, cookie, COUNTED, canonical(body));
    const statementsMean = counted.counts.reduce((a, b) => a + b, 0) / counted.counts.length;
    const statementsMax = Math.max(...counted.counts);
    console.log(
      `statements per request (${COUNTED} requests, the server's statement observer): mean ${statementsMean.toFixed(2)}, ` +
        `min ${Math.min(...counted.counts)}, max ${statementsMax}; the first request's:\n${counted.first.map((q) => `  ${q.slice(0, 160)}`).join('\n')}`,
    );

    const database = await postmasterPid(url);
    const processes = (server: Started): Counted => ({ server: server.child.pid!, database });
    for (const server of [lots, reference]) await load(server.url, path, cookie, 3, processes(server)); // warm-up (JIT, pools)
    const rounds: { lots: Load; reference: Load }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push({
        lots: await load(lots.url, path, cookie, SECONDS, processes(lots)),
        reference: await load(reference.url, path, cookie, SECONDS, processes(reference)),
      });
    }
    const line = (l: Load) =>
      `${l.rps.toFixed(0)} req/s p99 ${l.p99.toFixed(1)} ms (${l.errors} errors; CPU per request: server ${ms(l.cpu.server)}, ` +
      `PostgreSQL ${ms(l.cpu.database)}, load generator ${ms(l.cpu.generator)})`;
    for (const [i, round] of rounds.entries()) {
      console.log(`round ${i + 1}: Lots ${line(round.lots)}\n         reference ${line(round.reference)}`);
    }
    const of = (pick: (r: (typeof rounds)[number]) => Load) => {
      const loads = rounds.map(pick);
      return {
        rps: median(loads.map((l) => l.rps)),
        p99: median(loads.map((l) => l.p99)),
        errors: loads.reduce((sum, l) => sum + l.errors, 0),
        server: loads.every((l) => l.cpu.server !== null) ? median(loads.map((l) => l.cpu.server!)) : null,
      };
    };
    const l = of((r) => r.lots);
    const r = of((r) => r.reference);
    console.log(
      `\nmedian of ${ROUNDS} rounds; server CPU per request: Lots ${ms(l.server)}, reference ${ms(r.server)}. At ${CONNECTIONS} connections ` +
        `the mean latency is ${CONNECTIONS} / throughput (Little's law): p99 < ${P99_BUDGET_MS} ms needs more than ` +
        `${((CONNECTIONS * 1000) / P99_BUDGET_MS).toFixed(0)} req/s, which the reference itself ` +
        `${r.p99 < P99_BUDGET_MS ? 'reaches' : `does not reach on this machine (p99 ${r.p99.toFixed(1)} ms)`}.`,
    );
    const rows: Row[] = [
      {
        goal: '1 SQL statements per authenticated list request',
        figure: statementsMean.toFixed(2),
        reference: `budget ${STATEMENTS_BUDGET} (each of ${COUNTED} requests; max ${statementsMax}), counted by the server's statement observer`,
        ratio: statementsMean / STATEMENTS_BUDGET,
        pass: statementsMax <= STATEMENTS_BUDGET,
      },
      {
        goal: '1 people list, req/s (PostgreSQL, 50 connections)',
        figure: l.rps.toFixed(0),
        reference: `bare Fastify + node-postgres ${r.rps.toFixed(0)} req/s; budget ratio ${RATIO_BUDGET}`,
        ratio: l.rps / r.rps,
        pass: l.rps / r.rps >= RATIO_BUDGET && l.errors === 0,
      },
      {
        goal: '1 people list, p99 latency',
        figure: `${l.p99.toFixed(1)} ms`,
        reference: `bare Fastify + node-postgres ${r.p99.toFixed(1)} ms; budget ${P99_BUDGET_MS} ms`,
        ratio: l.p99 / r.p99,
        pass: l.p99 < P99_BUDGET_MS,
      },
    ];
    printRows(rows);
  } finally {
    for (const server of servers) await server.stop();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await postgres?.stop();
  }
}

await main();
