/**
 * Goal 6 of issue 15: imports and bulk decisions write in batches, ≥ 10,000 people rows per second
 * into PostgreSQL.
 *
 * `npm run bench:imports` (or `npx tsx bench/imports.bench.ts`; `--people N`, `--profile DIR` for a
 * CPU profile of the Lots process) runs on PostgreSQL: LOTS_BENCH_DATABASE_URL (an administrator's
 * URL; a database of its own is created and dropped), else a throwaway server it starts itself
 * (initdb + pg_ctl, as `.ci/run` does). It starts Lots by `npm start`'s own script (the server bundle,
 * decision 0182; DATABASE_URL, demo off) and, over HTTP as the organisation's coordinator:
 *
 * - imports `--people` new people in CSV files of 5,000 rows (POST /api/organisations/{id}/people/import),
 *   timed request by request from sending the file to the answer;
 * - imports the first file again with another title: 5,000 people updated;
 * - imports 5,000 applications of those people (POST /api/programs/{id}/applications/import);
 * - accepts 4,000 of them by bulk decisions of 500 (each also writes its decision mail).
 *
 * The reference, measured in the same run on the same server: bare node-postgres inserting the
 * same people, 500 per statement, into a copy of the people table with its indexes. The budget is
 * checked on the new people's rate; the others are printed against the same reference.
 *
 * Each step's CPU time per 1,000 rows is printed too — the Lots process's (its reader thread included)
 * and that of the PostgreSQL backends serving the bench's database (read from /proc when PostgreSQL
 * runs on this machine), against the reference's (this process and its backend): on a shared machine
 * the rates fall with the load, the CPU per row much less (decision 0179).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { benchPostgres, cpuMsOf, median, npmStart, printRows, signIn, start, type Row, type Started } from './support';
import {
  client,
  foundation,
  peopleFile,
  personEmail,
  referenceInsert,
  sql,
  watchBackendCpu,
  withDatabase,
  type BackendCpu,
} from './population';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    profile: { type: 'string' },
  },
});
const PEOPLE = Number(args.people);
const FILE_ROWS = 5000;
const APPLICATIONS = Math.min(5000, PEOPLE);
const DECISIONS = Math.floor((APPLICATIONS * 4) / 5);
const DECISION_BATCH = 500;
const IMPORT_BUDGET = 10_000;

/** CPU milliseconds used while something ran: the Lots process and its database's PostgreSQL backends (null where not readable). */
interface Cost {
  lots: number | null;
  database: BackendCpu | null;
}

async function main() {
  const postgres = await benchPostgres();
  const name = `lots_bench_${randomBytes(5).toString('hex')}`;
  await sql(postgres.url, `CREATE DATABASE ${name}`);
  const url = withDatabase(postgres.url, name);
  let lots: Started | undefined;
  try {
    const { organisationId, programId } = await foundation(url);
    // `npm start`'s own script, as deployed (decision 0182: the server bundle, built first when its sources changed);
    // exec: the server is the shell's process, whose CPU is counted.
    lots = await start(
      'sh',
      npmStart(args.profile),
      {
        DATABASE_URL: url,
        DEMO: 'off',
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      },
      '/healthz',
      600_000,
    );
    const call = client(lots, await signIn(lots.url));
    // CPU of the Lots process (its threads included) and of its PostgreSQL backends while `fn` runs, in milliseconds.
    const lotsPid = lots.child.pid!;
    const costOf = async (fn: () => Promise<unknown>): Promise<Cost> => {
      const database = await watchBackendCpu(url);
      const before = cpuMsOf(lotsPid);
      await fn();
      const after = cpuMsOf(lotsPid);
      return { lots: before === null || after === null ? null : after - before, database: await database.stop() };
    };
    const timed = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };

    // New people, 5,000 per file; each file's time from sending it to the answer.
    const peopleImport = `/api/organisations/${organisationId}/people/import`;
    const fileMs: number[] = [];
    const importCost = await costOf(async () => {
      for (let from = 0; from < PEOPLE; from += FILE_ROWS) {
        const file = peopleFile(from, Math.min(FILE_ROWS, PEOPLE - from));
        fileMs.push(await timed(() => call('POST', peopleImport, file, 'text/csv')));
      }
    });
    const importMs = fileMs.reduce((a, b) => a + b, 0);
    const importRate = PEOPLE / (importMs / 1000);
    console.log(
      `people: ${PEOPLE} imported in ${(importMs / 1000).toFixed(1)} s; a file of ${FILE_ROWS}: median ${median(fileMs).toFixed(0)} ms, ` +
        `first ${fileMs[0]!.toFixed(0)} ms, last ${fileMs.at(-1)!.toFixed(0)} ms`,
    );

    // The first file again with another title: every row updates a person.
    const updateCount = Math.min(FILE_ROWS, PEOPLE);
    let updateMs = 0;
    const updateCost = await costOf(async () => {
      updateMs = await timed(() => call('POST', peopleImport, peopleFile(0, updateCount, 'Utredare'), 'text/csv'));
    });
    const updateRate = updateCount / (updateMs / 1000);

    const { rate: referenceRate, cpu: referenceCpu } = await referenceInsert(url, organisationId, PEOPLE);

    // Applications of every seventh person (modulo the people), half adepts, half mentors.
    const applicationLines = ['email,role,title'];
    for (let i = 0; i < APPLICATIONS; i++)
      applicationLines.push(`${personEmail((i * 7) % PEOPLE)},${i % 2 ? 'mentor' : 'adept'},Handläggare`);
    let applicationMs = 0;
    const applicationCost = await costOf(async () => {
      applicationMs = await timed(() =>
        call('POST', `/api/programs/${programId}/applications/import`, applicationLines.join('\n'), 'text/csv'),
      );
    });
    const applicationRate = APPLICATIONS / (applicationMs / 1000);

    // Bulk decisions: the first DECISIONS applications of the review queue, accepted 500 per request.
    type Page = { items: { id: string }[] };
    const ids: string[] = [];
    for (let offset = 0; ids.length < DECISIONS; offset += 200) {
      const page = await call<Page>('GET', `/api/programs/${programId}/applications?limit=200&offset=${offset}`);
      if (page.items.length === 0) break;
      ids.push(...page.items.map((a) => a.id).slice(0, DECISIONS - ids.length));
    }
    let decisionMs = 0;
    const decisionCost = await costOf(async () => {
      for (let from = 0; from < ids.length; from += DECISION_BATCH) {
        const applicationIds = ids.slice(from, from + DECISION_BATCH);
        decisionMs += await timed(() => call('POST', `/api/programs/${programId}/decisions`, { applicationIds, decision: 'accepted' }));
      }
    });
    const decisionRate = ids.length / (decisionMs / 1000);

    const reference = `bare node-postgres INSERT of the same people, 500 a statement: ${referenceRate.toFixed(0)} rows/s`;
    const rows: Row[] = [
      {
        goal: '6 people import, new people, rows/s (PostgreSQL)',
        figure: importRate.toFixed(0),
        reference: `${reference}; budget ${IMPORT_BUDGET} rows/s`,
        ratio: importRate / referenceRate,
        pass: importRate >= IMPORT_BUDGET,
      },
      {
        goal: '6 people import, updating people, rows/s',
        figure: updateRate.toFixed(0),
        reference: `${reference}; no budget`,
        ratio: updateRate / referenceRate,
        pass: null,
      },
      {
        goal: '6 application import, rows/s',
        figure: applicationRate.toFixed(0),
        reference: `${reference}; no budget`,
        ratio: applicationRate / referenceRate,
        pass: null,
      },
      {
        goal: '6 bulk decisions, applications/s',
        figure: decisionRate.toFixed(0),
        reference: `${reference}; no budget (each decision also writes its mail)`,
        ratio: decisionRate / referenceRate,
        pass: null,
      },
    ];
    console.log(
      `\n${PEOPLE} people in files of ${FILE_ROWS}, ${APPLICATIONS} applications, ${ids.length} decisions in requests of ${DECISION_BATCH}`,
    );
    printRows(rows);
    // CPU per 1,000 rows: unlike the rates, it hardly grows when other work shares the cores (decision 0179).
    const per1000 = (ms: number | null, count: number) => (ms === null ? 'n/a' : `${((ms * 1000) / count).toFixed(0)} ms`);
    const referenceTotal = referenceCpu.database === null ? null : referenceCpu.client + referenceCpu.database;
    const costLine = (what: string, cost: Cost, count: number) => {
      const database = cost.database?.ms ?? null;
      const total = cost.lots === null || database === null ? null : cost.lots + database;
      const ratio = total === null || referenceTotal === null ? '' : ` (ratio ${(((referenceTotal / PEOPLE) * count) / total).toFixed(2)})`;
      // A backend that exited during the step is counted up to its last reading (watchBackendCpu): say so.
      const exited = cost.database?.exited ? `; ${cost.database.exited} backend(s) exited, counted to their last reading` : '';
      return `  ${what.padEnd(20)} Lots ${per1000(cost.lots, count)} + PostgreSQL ${per1000(database, count)} = ${per1000(total, count)}${ratio}${exited}`;
    };
    console.log(
      [
        '\nCPU per 1,000 rows (the Lots process with its threads; the PostgreSQL backends of its database; ratio: reference / Lots):',
        costLine('new people', importCost, PEOPLE),
        costLine('updating people', updateCost, updateCount),
        costLine('applications', applicationCost, APPLICATIONS),
        costLine('bulk decisions', decisionCost, ids.length),
        `  ${'reference INSERT'.padEnd(20)} node-postgres ${per1000(referenceCpu.client, PEOPLE)} + PostgreSQL ${per1000(referenceCpu.database, PEOPLE)} = ${per1000(referenceTotal, PEOPLE)}`,
      ].join('\n'),
    );
  } finally {
    await lots?.stop();
    await sql(postgres.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await postgres.stop();
  }
}

await main();
