/**
 * Goal 1 of issue 15: what an authenticated, database-backed list costs per request.
 *
 * `npm run bench:requests` (or `npx tsx bench/requests.bench.ts`; `--seconds N`, `--people N`,
 * `--profile DIR` for a CPU profile of the Lots process)
 * needs PostgreSQL: LOTS_BENCH_DATABASE_URL, else LOTS_TEST_DATABASE_URL (an administrator's URL; a
 * database of its own is created and dropped). It migrates it, adds one organisation with 2,000
 * people and a coordinator, starts Lots (`node --import tsx apps/server/src/main.ts`, the settings
 * of `npm start` with DATABASE_URL, default log level) and signs in, then starts the reference: bare
 * Fastify + node-postgres running the minimal equivalent SQL (bench/requests-reference.mjs). Each
 * is warmed up, then loaded with `GET /api/organisations/{id}/people` (a page of 100) over 50
 * keep-alive connections for the given seconds, twice in turns; the better round of each counts.
 * Prints requests per second and p99 latency with the ratio against the reference; the budget:
 * ≥ 60 % of the reference's requests per second and p99 < 50 ms.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect, schema } from '@lots/db';
import { createAccount } from '../apps/server/src/auth/accounts';
import { BENCH_PASSWORD, printRows, root, signIn, start, type Row, type Started } from './support';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    people: { type: 'string', default: '2000' },
    // Writes a V8 CPU profile of the Lots process to this folder (node --cpu-prof), to find per-request waste.
    profile: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const PEOPLE = Number(args.people);
const CONNECTIONS = 50;
const RATIO_BUDGET = 0.6;
const P99_BUDGET_MS = 50;

const adminUrl = process.env.LOTS_BENCH_DATABASE_URL ?? process.env.LOTS_TEST_DATABASE_URL;
if (!adminUrl) {
  console.error('bench:requests needs PostgreSQL: set LOTS_BENCH_DATABASE_URL (or LOTS_TEST_DATABASE_URL) to an administrator URL');
  process.exit(2);
}

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
}

/** `CONNECTIONS` keep-alive connections, each sending the next request when the last one is answered. */
async function load(url: string, path: string, cookie: string, seconds: number): Promise<Load> {
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
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)] ?? Infinity, errors };
}

async function main() {
  const name = `lots_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl!, name);
  const servers: Started[] = [];
  try {
    const organisationId = await seed(url);
    const path = `/api/organisations/${organisationId}/people`;
    const lots = await start(
      process.execPath,
      [...(args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : []), '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
      { DATABASE_URL: url, DEMO: 'off', NODE_ENV: 'test', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123' },
      '/healthz',
      180_000,
    );
    servers.push(lots);
    const reference = await start(
      process.execPath,
      [join(root, 'bench/requests-reference.mjs')],
      { DATABASE_URL: url },
      '/healthz',
      60_000,
    );
    servers.push(reference);
    const cookie = await signIn(lots.url);
    const check = await fetch(`${lots.url}${path}`, { headers: { cookie } });
    const body = (await check.json()) as { total: number };
    if (!check.ok || body.total !== PEOPLE + 1) throw new Error(`Lots answered ${check.status}: ${JSON.stringify(body).slice(0, 200)}`);

    for (const server of [lots, reference]) await load(server.url, path, cookie, 3); // warm-up (JIT, pools)
    const rounds: { lots: Load; reference: Load }[] = [];
    for (let round = 0; round < 2; round++) {
      rounds.push({ lots: await load(lots.url, path, cookie, SECONDS), reference: await load(reference.url, path, cookie, SECONDS) });
    }
    const best = (pick: (r: (typeof rounds)[number]) => Load) => rounds.map(pick).sort((a, b) => b.rps - a.rps)[0]!;
    const l = best((r) => r.lots);
    const r = best((r) => r.reference);
    for (const [i, round] of rounds.entries()) {
      console.log(
        `round ${i + 1}: Lots ${round.lots.rps.toFixed(0)} req/s p99 ${round.lots.p99.toFixed(1)} ms (${round.lots.errors} errors); ` +
          `reference ${round.reference.rps.toFixed(0)} req/s p99 ${round.reference.p99.toFixed(1)} ms (${round.reference.errors} errors)`,
      );
    }
    const rows: Row[] = [
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
  }
}

await main();
