/**
 * What the benches that build a population through the product share (bench:lists, bench:imports):
 * a database of their own on the bench's PostgreSQL, the few rows written directly (an
 * organisation, its coordinator's account, a program), the people's names and addresses, the
 * import files, a signed-in HTTP client and the bare node-postgres reference for writing people.
 */
import pg from 'pg';
import { connect, schema } from '@lots/db';
import { createAccount } from '../apps/server/src/auth/accounts';
import { BENCH_PASSWORD, cpuMsOf, type Started } from './support';

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** One statement on a connection of its own. */
export async function sql(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** The organisation, its coordinator (an administrator with an account) and the program: the few rows the product's own services then build on. */
export async function foundation(url: string) {
  const database = await connect({ url, maxConnections: 2 });
  try {
    await database.migrate();
    const db = database.db;
    const [org] = await db.insert(schema.organisations).values({ name: 'Riksbenchverket' }).returning({ id: schema.organisations.id });
    const organisationId = org!.id;
    const userId = await createAccount(db, {
      name: 'Sara Samordnare',
      email: 'samordnare@bench.example',
      password: BENCH_PASSWORD,
      locale: 'sv',
    });
    const [coordinator] = await db
      .insert(schema.people)
      .values({ organisationId, userId, name: 'Sara Samordnare', email: 'samordnare@bench.example', roles: ['org_admin', 'coordinator'] })
      .returning({ id: schema.people.id });
    const [program] = await db
      .insert(schema.programs)
      .values({
        ownerOrganisationId: organisationId,
        name: 'Ledarskapsprogrammet 2027',
        type: 'classic',
        status: 'selection',
        endsOn: '2099-01-01',
      })
      .returning({ id: schema.programs.id });
    const programId = program!.id;
    await db.insert(schema.programOrganisations).values({ programId, organisationId });
    await db.insert(schema.programCoordinators).values({ programId, personId: coordinator!.id });
    return { organisationId, programId };
  } finally {
    await database.close();
  }
}

const FIRST = [
  'Anna',
  'Björn',
  'Cecilia',
  'Dag',
  'Elin',
  'Fredrik',
  'Greta',
  'Håkan',
  'Ingrid',
  'Johan',
  'Karin',
  'Lars',
  'Åsa',
  'Örjan',
  'Ärla',
];
const LAST = ['Andersson', 'Berg', 'Dahl', 'Ek', 'Holm', 'Lind', 'Nyström', 'Sundberg', 'Ström', 'Öberg', 'Åkesson'];
export const personName = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
export const personEmail = (i: number) => `person${i}@bench.example`;

/** One CSV file of people (a tenth with the coordinator as their manager); `title` names a third of them. */
export function peopleFile(from: number, count: number, title = 'Handläggare'): string {
  const lines = ['name,email,title,manager_email'];
  for (let i = from; i < from + count; i++)
    lines.push(`${personName(i)},${personEmail(i)},${i % 3 === 0 ? title : ''},${i % 10 === 0 ? 'samordnare@bench.example' : ''}`);
  return lines.join('\n');
}

/** Requests as the signed-in coordinator; a non-2xx answer throws with the start of its body. */
export function client(lots: Started, cookie: string) {
  return async function call<T>(method: string, path: string, body?: string | object, type = 'application/json'): Promise<T> {
    const response = await fetch(`${lots.url}${path}`, {
      method,
      headers: { cookie, origin: lots.url, ...(body !== undefined && { 'content-type': type }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  };
}

/** How often `watchBackendCpu` reads the backends' CPU: a backend that exits loses at most this much of its CPU. */
const BACKEND_POLL_MS = 200;

/** The CPU the backends of a database used while something ran; `exited`: how many of them exited meanwhile. */
export interface BackendCpu {
  ms: number;
  exited: number;
}

/**
 * Watches the CPU of the PostgreSQL backends serving `url`'s database (from /proc, so only when PostgreSQL runs on this
 * machine), but its own, until `stop`: null when none could be read. A backend's CPU cannot be read once it has exited
 * (the server's pool closes idle connections), so they are read every BACKEND_POLL_MS and each counted up to its last
 * reading: an exited backend loses at most that much, and the result says how many exited. A backend started meanwhile
 * is counted from its start.
 */
export async function watchBackendCpu(url: string): Promise<{ stop(): Promise<BackendCpu | null> }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const last = new Map<number, number>();
  const read = async (): Promise<Set<number>> => {
    const { rows } = await c.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const alive = new Set<number>();
    for (const { pid } of rows) {
      const ms = cpuMsOf(pid);
      if (ms === null) continue;
      alive.add(pid);
      last.set(pid, ms);
    }
    return alive;
  };
  await read();
  // Backends already there are counted from now; those that appear later from their start.
  const start = new Map(last);
  let polling = Promise.resolve(new Set<number>());
  const timer = setInterval(() => {
    polling = polling.then(read);
  }, BACKEND_POLL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await polling;
      const alive = await read();
      await c.end();
      if (last.size === 0) return null;
      let ms = 0;
      for (const [pid, now] of last) ms += now - (start.get(pid) ?? 0);
      return { ms, exited: [...last.keys()].filter((pid) => !alive.has(pid)).length };
    },
  };
}

/**
 * The same `count` people written by bare node-postgres, 500 per statement, into a copy of the people table (its
 * indexes included): rows per second, and the CPU milliseconds it took in this process and in its PostgreSQL
 * backend (null when PostgreSQL runs elsewhere).
 */
export async function referenceInsert(
  url: string,
  organisationId: string,
  count: number,
): Promise<{ rate: number; cpu: { client: number; database: number | null } }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('create table bench_people (like people including all)');
    const [{ pid }] = (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows as [{ pid: number }];
    const backendBefore = cpuMsOf(pid);
    const clientBefore = process.cpuUsage();
    const t0 = performance.now();
    for (let from = 0; from < count; from += 500) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = from; i < Math.min(count, from + 500); i++) {
        const n = values.length;
        rows.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4})`);
        values.push(organisationId, personName(i), `ref${personEmail(i)}`, i % 3 === 0 ? 'Handläggare' : null);
      }
      await c.query(`insert into bench_people (organisation_id, name, email, title) values ${rows.join(', ')}`, values);
    }
    const seconds = (performance.now() - t0) / 1000;
    const clientCpu = process.cpuUsage(clientBefore);
    const backendAfter = cpuMsOf(pid);
    await c.query('drop table bench_people');
    const database = backendBefore === null || backendAfter === null ? null : backendAfter - backendBefore;
    return { rate: count / seconds, cpu: { client: (clientCpu.user + clientCpu.system) / 1000, database } };
  } finally {
    await c.end();
  }
}
