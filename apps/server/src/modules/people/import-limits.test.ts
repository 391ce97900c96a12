/**
 * Imports never stall the server (issue 9, item 14): the three attacks found in the audit — a
 * 1M-row XLSX, a 5 MiB CSV header, a 3 GiB-unpacked XLSX zip bomb — each refused within its limit
 * with a short answer, for the people import and the application import alike; the problem list is
 * capped at the first 100 with a count; and /healthz answers quickly while a large import runs.
 */
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { manyRowsXlsx, spacesDeflated, wideXlsx, workbookEntries, xlsxFile, zip } from '../../testing/xlsx';
import { IMPORT_LIMITS, MAX_REPORTED_PROBLEMS } from './import-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const GiB = 1024 * 1024 * 1024;

let t: TestApp;
let orgId: string;
let programId: string;
let admin: string;

const peopleImport = () => `/api/organisations/${orgId}/people/import`;
const applicationImport = () => `/api/programs/${programId}/applications/import`;

function post(url: string, body: string | Buffer, contentType: string) {
  return t.app.inject({ method: 'POST', url, headers: { cookie: admin, 'content-type': contentType }, payload: body });
}

async function peopleCount() {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.people)
    .where(eq(schema.people.organisationId, orgId));
  return row!.n;
}

/** A whole-file problem: 400 naming `file` with its code, and a short answer. */
function expectFileProblem(response: Awaited<ReturnType<typeof post>>, code: string) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
  expect(response.body.length).toBeLessThan(1000);
  const error = response.json().error;
  expect(error).toMatchObject({ code: 'validation', field: 'file' });
  expect(error.details).toHaveLength(1);
  expect(error.details[0].code).toBe(code);
  return error.details[0] as { code: string; values?: Record<string, number>; line?: number };
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = await t.createOrganisation('Sametinget');
  await t.createMember(orgId, 'admin@sametinget.example', ['org_admin', 'coordinator'], { name: 'Áŋte Čoarvi Đuolbmá' });
  admin = await t.signIn('admin@sametinget.example');
  const program = await t.app.inject({
    method: 'POST',
    url: '/api/programs',
    headers: { cookie: admin },
    payload: { name: 'Mentorskap 2100', type: 'classic', startsOn: '2100-01-15' },
  });
  expect(program.statusCode, program.body).toBe(201);
  programId = program.json().id;
});
afterAll(() => t.destroy());

describe('limits, checked before the file is loaded', () => {
  it('a generated workbook within the limits imports (the generator writes real XLSX)', async () => {
    const before = await peopleCount();
    const response = await post(
      peopleImport(),
      xlsxFile([
        ['name', 'email'],
        ['Marja Sára', 'marja@sametinget.example'],
      ]),
      XLSX,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 1, updated: 0, withoutAccount: expect.any(Array) });
    expect(await peopleCount()).toBe(before + 1);
  });

  it('refuses a 1M-row XLSX by counting its rows while unpacking, before exceljs builds anything', { timeout: 120_000 }, async () => {
    const body = manyRowsXlsx(1_000_000);
    expect(body.length).toBeLessThan(5 * 1024 * 1024);
    for (const url of [peopleImport(), applicationImport()]) {
      const started = performance.now();
      const detail = expectFileProblem(await post(url, body, XLSX), 'file.tooManyRows');
      expect(detail.values).toEqual({ max: IMPORT_LIMITS.maxRows });
      // Loading it with exceljs took 7 s (and blocked everything) before; now only the rows are counted, in a
      // 3 s budget that grows with the load of a shared test machine.
      expect(performance.now() - started).toBeLessThan(3000 * Math.max(1, os.loadavg()[0]! / os.availableParallelism()));
    }
    // Just over the workbook's row limit is refused the same way; the sheet's own limit is checked after loading.
    expectFileProblem(await post(peopleImport(), manyRowsXlsx(IMPORT_LIMITS.maxWorkbookRows + 1), XLSX), 'file.tooManyRows');
    expectFileProblem(await post(peopleImport(), manyRowsXlsx(IMPORT_LIMITS.maxRows + 2), XLSX), 'file.tooManyRows');
  });

  it(
    'refuses a 3 GiB zip bomb by its central directory, and one that lies about its size while unpacking',
    { timeout: 120_000 },
    async () => {
      const bomb = spacesDeflated(3 * GiB);
      expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
      const sheet = (size: number) => ({ name: 'xl/worksheets/sheet1.xml', deflated: bomb, size, crc: 0 });
      const honest = zip([...workbookEntries(), sheet(3 * GiB)]);
      const lying = zip([...workbookEntries(), sheet(1000)]);
      const before = process.memoryUsage();
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      try {
        for (const url of [peopleImport(), applicationImport()]) {
          const detail = expectFileProblem(await post(url, honest, XLSX), 'file.tooLarge');
          expect(detail.values).toEqual({ max: IMPORT_LIMITS.maxUnpackedBytes / (1024 * 1024), cells: IMPORT_LIMITS.maxWorkbookCells });
          expectFileProblem(await post(url, lying, XLSX), 'file.tooLarge');
        }
      } finally {
        clearInterval(sampler);
      }
      // 1.5 GB more before; now the unpacking stops at the declared size (or the limit).
      expect(peak - before.rss).toBeLessThan(300 * 1024 * 1024);
      // Many small entries that add up are refused too.
      const spread = zip([
        ...workbookEntries(),
        ...Array.from({ length: 8 }, (_, i) => ({
          name: `xl/media/image${i}.bin`,
          deflated: spacesDeflated(8 * 1024 * 1024),
          size: 8 * 1024 * 1024,
          crc: 0,
        })),
      ]);
      expectFileProblem(await post(peopleImport(), spread, XLSX), 'file.tooLarge');
      // Too many cells in few rows.
      expectFileProblem(await post(peopleImport(), wideXlsx(2600, 99), XLSX), 'file.tooLarge');
    },
  );

  it('refuses a 5 MiB CSV header with a short answer naming the line', { timeout: 120_000 }, async () => {
    const header = `name,email,${Array.from({ length: 600_000 }, (_, i) => `k${i}`).join(',')}`.slice(0, 5 * 1024 * 1024 - 100);
    expect(header.length).toBeGreaterThan(4 * 1024 * 1024);
    for (const url of [peopleImport(), applicationImport()]) {
      const detail = expectFileProblem(await post(url, `${header}\nA,a@sametinget.example\n`, 'text/csv'), 'file.lineTooLong');
      expect(detail.line).toBe(1);
      expect(detail.values).toEqual({ line: 1, max: IMPORT_LIMITS.maxLineBytes });
    }
    // Within the line length, too many columns.
    const columns = Array.from({ length: IMPORT_LIMITS.maxColumns + 1 }, (_, i) => `k${i}`).join(';');
    const detail = expectFileProblem(await post(peopleImport(), `${columns}\n`, 'text/csv'), 'file.tooManyColumns');
    expect(detail.values).toEqual({ line: 1, max: IMPORT_LIMITS.maxColumns });
    // A long unknown column name is echoed cut to 100 characters.
    const long = await post(peopleImport(), `name,email,${'å'.repeat(40_000)}\nA,a@sametinget.example\n`, 'text/csv');
    expect(long.statusCode).toBe(422);
    expect(long.body.length).toBeLessThan(1000);
    expect(long.json().error.details[0]).toMatchObject({ code: 'column.unknown', values: { column: 'å'.repeat(100) } });
  });

  it('refuses too many CSV rows while parsing, and too long lines anywhere', async () => {
    const rows = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => `Person ${i},p${i}@sametinget.example`).join('\n');
    expectFileProblem(await post(peopleImport(), `name,email\n${rows}\n`, 'text/csv'), 'file.tooManyRows');
    const detail = expectFileProblem(
      await post(
        peopleImport(),
        `name,email\nA,a@sametinget.example\n"${'x'.repeat(IMPORT_LIMITS.maxLineBytes)}",b@sametinget.example\n`,
        'text/csv',
      ),
      'file.lineTooLong',
    );
    expect(detail.line).toBe(3);
  });
});

describe('the problem list', () => {
  it('answers the first 100 problems by line and how many there are', { timeout: 120_000 }, async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},not-an-address-${i}`).join('\n');
    const before = await peopleCount();
    const response = await post(peopleImport(), `name,email\n${rows}\n`, 'text/csv');
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('import_invalid');
    expect(error.detailCount).toBe(5000);
    expect(error.details).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(error.details.map((d: { line: number }) => d.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(response.body.length).toBeLessThan(30_000);
    expect(await peopleCount()).toBe(before);

    const applications = Array.from({ length: 1000 }, (_, i) => `nobody${i}@elsewhere.example,adept`).join('\n');
    const answer = await post(applicationImport(), `email,role\n${applications}\n`, 'text/csv');
    expect(answer.statusCode).toBe(422);
    expect(answer.json().error.detailCount).toBe(1000);
    expect(answer.json().error.details).toHaveLength(MAX_REPORTED_PROBLEMS);
  });

  it('answers every problem when there are at most 100, without a cut', async () => {
    const response = await post(peopleImport(), 'name,email\nA,nope\nB,nope2\n', 'text/csv');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.detailCount).toBe(2);
    expect(response.json().error.details).toHaveLength(2);
  });
});

describe('the event loop stays free', () => {
  it(
    'answers /healthz and gives the event loop a turn every 200 ms (scaled by machine load) while large imports run',
    { timeout: 180_000 },
    async () => {
      const big = manyRowsXlsx(1_000_000);
      const valid = xlsxFile([
        ['name', 'email', 'title'],
        ...Array.from({ length: 5000 }, (_, i) => [`Person ${i}`, `person${i}@sametinget.example`, 'Handläggare']),
      ]);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      const latencies: number[] = [];
      let running = true;
      const poll = (async () => {
        while (running) {
          const started = performance.now();
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          await response.arrayBuffer();
          latencies.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      // The longest time the event loop went without a turn: a 10 ms interval timer and the gaps between its ticks.
      let longest = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last - 10);
        last = now;
      }, 10);
      const started = performance.now();
      try {
        const [rejected, imported] = await Promise.all([
          fetch(`http://127.0.0.1:${port}${peopleImport()}`, {
            method: 'POST',
            headers: { cookie: admin, 'content-type': XLSX },
            body: big,
          }),
          fetch(`http://127.0.0.1:${port}${peopleImport()}`, {
            method: 'POST',
            headers: { cookie: admin, 'content-type': XLSX },
            body: valid,
          }),
        ]);
        expect(rejected.status).toBe(400);
        expect(imported.status, await imported.clone().text()).toBe(200);
        expect(await imported.json()).toEqual({ imported: 5000, updated: 0, withoutAccount: expect.any(Array) });
      } finally {
        running = false;
        await poll;
        clearInterval(ticker);
      }
      const took = performance.now() - started;
      const maxLatency = Math.max(...latencies);
      // 200 ms on a machine of our own; the test machines are often shared (load above the number of cores),
      // where every step takes longer in wall time: the budget grows with the load measured. The stalls this
      // guards against: 7 s loading the 1M-row XLSX (the audit), and 27 s writing the 5000 rows on PGlite
      // (its queries resolve without giving the event loop a turn), measured here before the fix at load 10 per core.
      // Another test file runs beside this one (two workers, decision 0090), whose garbage collection and CPU share
      // the machine: half as much again, still far below the stalls of seconds this test exists to catch.
      const load = Math.max(1, os.loadavg()[0]! / os.availableParallelism());
      const budget = 200 * load * 1.5;
      console.info(
        `imports answered in ${took.toFixed(0)} ms; /healthz: ${latencies.length} requests, slowest ${maxLatency.toFixed(0)} ms; ` +
          `longest event-loop stall ${longest.toFixed(0)} ms; load ${load.toFixed(1)} per core, budget ${budget.toFixed(0)} ms`,
      );
      expect(latencies.length).toBeGreaterThan(10);
      expect(longest).toBeLessThan(budget);
      expect(maxLatency).toBeLessThan(budget);
    },
  );
});
