/**
 * Goals 2 and 6 of issue 15: every list page at the size of a whole state administration, and
 * imports that write in batches.
 *
 * `npm run bench:lists` (or `npx tsx bench/lists.bench.ts`; `--people N`, `--runs N`, `--keep` to leave the
 * database, `--reuse <its URL>` to measure a kept data set again without building it, `--only <text>`
 * for the lists whose label contains it, `--fresh` to measure the data set as built, decision 0195) runs on
 * PostgreSQL: LOTS_BENCH_DATABASE_URL (an administrator's URL; a database of its own is created and
 * dropped), else a throwaway server it starts itself (initdb + pg_ctl, as `.ci/run` does). It
 * starts Lots (`apps/server/src/main.ts`, DATABASE_URL, demo off) and builds the data set through
 * the product itself: 100,000 people by the people import (20 CSV files of 5,000 rows, POST
 * /api/organisations/{id}/people/import — timed: goal 6), 5,000 applications by the application
 * import, 4,000 of them accepted by bulk decisions (500 per request, which also writes 4,000 decision
 * mails to the Outbox), 2,000 active pairs by the matching repository (500 per statement), and
 * agreements and meetings for them by the mentorship repository. Only the organisation, its
 * coordinator's account and the program row are written directly, as requests.bench.ts does.
 *
 * Then every list page (first and last page, a search, another order, a filter) is requested
 * `--runs` times one after another, each followed by the reference, `GET /api/me` (the cost of any
 * authenticated request), on the same server: the median time and the body's size (uncompressed
 * JSON) are compared with the budget (≤ 50 ms, ≤ 100 KB) and with the reference's median under the
 * same load. The people import's
 * rows per second are compared with bare node-postgres inserting the same rows, 500 per statement,
 * into a copy of the people table (budget ≥ 10,000 rows/s).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { connect, schema } from '@lots/db';
import { insertPairs } from '../apps/server/src/modules/matching/repository';
import { insertAgreement, insertMeeting } from '../apps/server/src/modules/mentorship/repository';
import { benchPostgres, median, printRows, root, signIn, start, type Row, type Started } from './support';
import { client, foundation, peopleFile, personEmail, referenceInsert, sql, withDatabase } from './population';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
    // Leaves the database in place (with LOTS_BENCH_DATABASE_URL) to look at query plans afterwards.
    keep: { type: 'boolean', default: false },
    // Measures the lists of a data set kept by an earlier `--keep` run (its URL, as printed), without building it again.
    reuse: { type: 'string' },
    // Only the lists whose label contains this text.
    only: { type: 'string' },
    // Measures the data set as built, without the VACUUM (ANALYZE) that autovacuum would run within a minute (decision 0195).
    fresh: { type: 'boolean', default: false },
  },
});
const PEOPLE = Number(args.people);
const RUNS = Number(args.runs);
const FILE_ROWS = 5000;
const APPLICATIONS = 5000;
const ACCEPTED_PER_ROLE = 2000;
const PAIRS = 2000;
const TIME_BUDGET_MS = 50;
const SIZE_BUDGET = 100 * 1024;
const IMPORT_BUDGET = 10_000;
const DAY = 86_400_000;

interface Timed {
  ms: number;
  bytes: number;
}

async function timed(lots: Started, cookie: string, path: string): Promise<Timed> {
  const t0 = performance.now();
  const response = await fetch(`${lots.url}${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
  const body = await response.arrayBuffer();
  const ms = performance.now() - t0;
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return { ms, bytes: body.byteLength };
}

/**
 * `RUNS` requests of `path`, each followed by one of the reference (`GET /api/me`), after two of each
 * to warm up: the medians of both, measured under the same load, and the body's size.
 */
async function measure(lots: Started, cookie: string, path: string): Promise<{ list: Timed; reference: number }> {
  const times: number[] = [];
  const references: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const m = await timed(lots, cookie, path);
    const r = await timed(lots, cookie, '/api/me');
    bytes = m.bytes;
    if (i >= 2) {
      times.push(m.ms);
      references.push(r.ms);
    }
  }
  return { list: { ms: median(times), bytes }, reference: median(references) };
}

/** Builds the data set through the product (goal 6's figures as rows). */
async function build(lots: Started, cookie: string, url: string, organisationId: string, programId: string): Promise<Row[]> {
  const call = client(lots, cookie);
  const built = performance.now();

  // Goal 6: 100,000 people through the people import, 5,000 rows per file.
  let importMs = 0;
  for (let from = 0; from < PEOPLE; from += FILE_ROWS) {
    const file = peopleFile(from, Math.min(FILE_ROWS, PEOPLE - from));
    const t0 = performance.now();
    await call('POST', `/api/organisations/${organisationId}/people/import`, file, 'text/csv');
    importMs += performance.now() - t0;
  }
  const importRate = PEOPLE / (importMs / 1000);
  const { rate: referenceRate } = await referenceInsert(url, organisationId, PEOPLE);
  console.log(`people: ${PEOPLE} imported in ${(importMs / 1000).toFixed(1)} s`);

  // 5,000 applications through the application import: half adepts, half mentors.
  const applicationLines = ['email,role,title'];
  for (let i = 0; i < APPLICATIONS; i++)
    applicationLines.push(`${personEmail((i * 7) % PEOPLE)},${i % 2 ? 'mentor' : 'adept'},Handläggare`);
  let t0 = performance.now();
  await call('POST', `/api/programs/${programId}/applications/import`, applicationLines.join('\n'), 'text/csv');
  const applicationImportRate = APPLICATIONS / ((performance.now() - t0) / 1000);

  // 2,000 adepts and 2,000 mentors accepted by bulk decisions of 500, read from the review queue's pages.
  type Page = { items: { id: string; role: 'adept' | 'mentor' }[]; total: number };
  const ids: Record<'adept' | 'mentor', string[]> = { adept: [], mentor: [] };
  for (const role of ['adept', 'mentor'] as const) {
    for (let offset = 0; ids[role].length < ACCEPTED_PER_ROLE; offset += 200) {
      const page = await call<Page>('GET', `/api/programs/${programId}/applications?role=${role}&limit=200&offset=${offset}`);
      ids[role].push(...page.items.map((a) => a.id).slice(0, ACCEPTED_PER_ROLE - ids[role].length));
    }
  }
  const decided = [...ids.adept, ...ids.mentor];
  t0 = performance.now();
  for (let from = 0; from < decided.length; from += 500)
    await call('POST', `/api/programs/${programId}/decisions`, { applicationIds: decided.slice(from, from + 500), decision: 'accepted' });
  const decisionRate = decided.length / ((performance.now() - t0) / 1000);

  // 2,000 active pairs, their agreements (three in four signed) and 0–5 meetings each, through the repositories.
  const database = await connect({ url, maxConnections: 2 });
  try {
    const db = database.db;
    const now = Date.now();
    const pairIds: string[] = [];
    for (let from = 0; from < PAIRS; from += 500) {
      const rows = await insertPairs(
        db,
        ids.adept.slice(from, from + 500).map((adeptApplicationId, k) => ({
          programId,
          adeptApplicationId,
          mentorApplicationId: ids.mentor[from + k]!,
          status: 'active' as const,
          adeptResponse: 'accepted' as const,
          mentorResponse: 'accepted' as const,
          startedAt: new Date(now - (20 + ((from + k) % 100)) * DAY),
        })),
      );
      pairIds.push(...rows.map((r) => r.id));
    }
    for (const [i, pairId] of pairIds.entries()) {
      const signed = i % 4 !== 0 ? new Date(now - 20 * DAY) : null;
      await insertAgreement(db, {
        pairId,
        version: 1,
        cadenceWeeksMin: 3,
        cadenceWeeksMax: 4,
        meetingMinutes: 60,
        mode: 'digital',
        goals: [{ id: 'g1', text: 'Leda genom förändring' }],
        clauses: [],
        adeptSignedAt: signed,
        mentorSignedAt: signed,
      });
      for (let m = 0; m < i % 6; m++)
        await insertMeeting(db, { pairId, heldOn: new Date(now - (m * 21 + (i % 30)) * DAY), durationMinutes: 60, mode: 'digital' });
    }
    await db.update(schema.programs).set({ status: 'running' }).where(eq(schema.programs.id, programId));
  } finally {
    await database.close();
  }
  const buildSeconds = (performance.now() - built) / 1000;
  console.log(`data set built through the product in ${buildSeconds.toFixed(0)} s`);

  return [
    {
      goal: '6 people import, rows/s (PostgreSQL)',
      figure: importRate.toFixed(0),
      reference: `bare node-postgres INSERT, 500 rows a statement: ${referenceRate.toFixed(0)} rows/s; budget ${IMPORT_BUDGET} rows/s`,
      ratio: importRate / referenceRate,
      pass: importRate >= IMPORT_BUDGET,
    },
    {
      goal: '6 application import, rows/s',
      figure: applicationImportRate.toFixed(0),
      reference: `bare node-postgres people INSERT ${referenceRate.toFixed(0)} rows/s; no budget`,
      ratio: applicationImportRate / referenceRate,
      pass: null,
    },
    {
      goal: '6 bulk decisions, applications/s',
      figure: decisionRate.toFixed(0),
      reference: `bare node-postgres people INSERT ${referenceRate.toFixed(0)} rows/s; no budget (each decision also writes its mail)`,
      ratio: decisionRate / referenceRate,
      pass: null,
    },
  ];
}

/** The organisation and program of a data set kept by an earlier run (`--reuse`). */
async function keptDataSet(url: string) {
  const org = await sql(url, `select id from organisations where name = 'Riksbenchverket'`);
  const program = await sql(url, `select id from programs where name = 'Ledarskapsprogrammet 2027'`);
  if (!org.rows[0] || !program.rows[0]) throw new Error(`${url} holds no data set of this bench`);
  return { organisationId: org.rows[0].id as string, programId: program.rows[0].id as string };
}

async function main() {
  const postgres = args.reuse ? { url: args.reuse, stop: async () => {} } : await benchPostgres();
  const name = `lots_bench_${randomBytes(5).toString('hex')}`;
  if (!args.reuse) await sql(postgres.url, `CREATE DATABASE ${name}`);
  const url = args.reuse ?? withDatabase(postgres.url, name);
  let lots: Started | undefined;
  try {
    const { organisationId, programId } = args.reuse ? await keptDataSet(url) : await foundation(url);
    lots = await start(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/server/src/main.ts')],
      { DATABASE_URL: url, DEMO: 'off', NODE_ENV: 'test', LOG_LEVEL: 'warn', AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123' },
      '/healthz',
      180_000,
    );
    const cookie = await signIn(lots.url);
    const rows: Row[] = args.reuse ? [] : await build(lots, cookie, url, organisationId, programId);
    // What autovacuum does within a minute of a bulk load (decision 0195): statistics for the planner, the visibility
    // map for index-only counts and walks, and the GIN indexes' pending lists merged (after 100,000 imported people every
    // search read ~400 unmerged pages). Without it the lists measure that first minute, not the product (`--fresh`).
    if (!args.reuse && !args.fresh) {
      const t0 = performance.now();
      await sql(url, 'VACUUM (ANALYZE)');
      console.log(`VACUUM (ANALYZE) after building: ${((performance.now() - t0) / 1000).toFixed(1)} s (--fresh to measure without it)`);
    }
    // Every list page.
    const people = `/api/organisations/${organisationId}/people`;
    const review = `/api/programs/${programId}/applications`;
    const health = `/api/programs/${programId}/health`;
    const lists: [string, string][] = [
      ['people, first page', people],
      ['people, last page', `${people}?offset=${PEOPLE - 50}`],
      ['people, middle page', `${people}?offset=${Math.floor(PEOPLE / 2)}`],
      ['people, search', `${people}?q=${encodeURIComponent('Örjan Ek')}`],
      // A short search (word starts, decision 0191) and a broad one ("son": every bench address is person…@): both
      // match more than the exact total's cap (decision 0203).
      ['people, short search', `${people}?q=a`],
      ['people, broad search', `${people}?q=son`],
      // The bench's people are all participants, but for the one administrator: a filter matching one, and one matching all.
      ['people, role filter (one)', `${people}?role=coordinator`],
      ['people, role filter (all)', `${people}?role=participant`],
      ['review queue, first page', review],
      ['review queue, last page', `${review}?offset=${APPLICATIONS - 50}`],
      ['review queue, by name', `${review}?sort=name&dir=desc`],
      ['review queue, search', `${review}?q=${encodeURIComponent('Åsa')}`],
      // By the applicants' organisation (decision 0201): the order, and a search matching every applicant's.
      ['review queue, by organisation', `${review}?sort=organisation`],
      ['review queue, search organisation', `${review}?q=Riksbench`],
      ['pair health, first page', health],
      ['pair health, last page', `${health}?offset=${PAIRS - 50}`],
      ['pair health, by last meeting', `${health}?sort=lastMeeting&dir=desc`],
      ['pair health, quiet', `${health}?quiet=true`],
      ['pair health, search', `${health}?q=${encodeURIComponent('Nyström')}`],
      ['pair health, search organisation', `${health}?q=Riksbench`],
      ['outbox, first page', '/api/outbox'],
      ['outbox, last page', `/api/outbox?offset=${2 * ACCEPTED_PER_ROLE - 50}`],
      ['program list, first page', '/api/programs'],
      ['program list, by name', '/api/programs?sort=name&dir=asc'],
      ['program list, search', `/api/programs?q=${encodeURIComponent('Åsa')}`],
      ['mentor register, first page', '/api/mentor-register'],
      ['mentor register, last page', `/api/mentor-register?offset=${ACCEPTED_PER_ROLE - 50}`],
      ['mentor register, by free capacity', '/api/mentor-register?sort=freeCapacity&dir=desc'],
      ['mentor register, search', `/api/mentor-register?q=${encodeURIComponent('Åsa')}`],
    ];
    for (const [label, path] of lists) {
      if (args.only && !label.includes(args.only)) continue;
      const { list: m, reference } = await measure(lots, cookie, path);
      rows.push({
        goal: `2 ${label}`,
        figure: `${m.ms.toFixed(1)} ms`,
        reference: `GET /api/me ${reference.toFixed(1)} ms; ${(m.bytes / 1024).toFixed(1)} KB; budget ${TIME_BUDGET_MS} ms, ${SIZE_BUDGET / 1024} KB`,
        ratio: m.ms / reference,
        pass: m.ms <= TIME_BUDGET_MS && m.bytes <= SIZE_BUDGET,
      });
    }
    console.log(
      `\n${PEOPLE} people, ${APPLICATIONS} applications, ${PAIRS} pairs${args.fresh ? ' as built (--fresh: no VACUUM (ANALYZE))' : args.reuse ? '' : ', vacuumed and analysed'}; median of ${RUNS} requests each, one at a time, each followed by GET /api/me (its median is the reference)`,
    );
    printRows(rows);
  } finally {
    await lots?.stop();
    if (args.keep || args.reuse) console.log(`kept: ${url}`);
    else await sql(postgres.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await postgres.stop();
  }
}

await main();
