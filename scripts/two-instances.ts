/**
 * Two Lots processes on one PostgreSQL (issue 9, item 11), run by `npm test` when
 * LOTS_TEST_DATABASE_URL is set (so by `.ci/run`), or by hand:
 *
 *   LOTS_TEST_DATABASE_URL=postgres://… npx tsx scripts/two-instances.ts
 *
 * On a fresh, empty database of that server it starts two real server processes at the same
 * moment (both migrate: the advisory lock must let both come up), then checks that
 *  1. both serve: /healthz and /readyz, the first-run setup, a sign-in on each;
 *  2. mail queued through the API of both (invitations) goes out exactly once each to a real
 *     SMTP sink, every row `sent` after one attempt, and the scheduled jobs exist once;
 *  3. a kill -9 loses nothing: with the second process paused (SIGSTOP) and the sink slow, the
 *     first claims a burst of mail and is killed while SMTP holds some of it; the second,
 *     resumed, sends every one of them within a minute (at least once: a mail the sink had
 *     already taken arrives again with the same Message-ID, which receivers use to drop it);
 *  4. a schedule (the nudges, set to every minute) makes one job per minute across both;
 *  5. matching runs started through both at once (decision 0083) are each computed by exactly one
 *     process (the processes' logs name every run they computed), all end `done` with the same
 *     result, and a run started on one is seen finished, with its result, through the other.
 * Prints one line per check and `two-instance check: PASS` or `FAIL`; exit code 1 on failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';
import { withDatabase } from '@lots/db/testing';
import { startSmtpSink, type SmtpSink } from '../apps/server/src/testing/smtp-sink';
import { OPENABLE_PROGRAM } from '../apps/server/src/testing/program-fields';

const repoRoot = resolve(import.meta.dirname, '..');
const PUBLIC_URL = 'http://lots.test'; // both behind one address, as behind a load balancer
const FIRST_MAILS = 40;
const CRASH_MAILS = 30;
const MATCHING_RUNS = 6;
const adminUrl = process.env.LOTS_TEST_DATABASE_URL;

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
}

const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startInstance(name: string, databaseUrl: string, smtpUrl: string, authSecret: string): Promise<Instance> {
  const port = await freePort();
  let output = '';
  let exited = false;
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'apps/server/src/main.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Lots <no-reply@lots.test>',
      AUTH_SECRET: authSecret,
      NODE_ENV: 'test',
      DEMO: 'off',
      // info: each process logs the matching runs it computed (check 5).
      LOG_LEVEL: 'info',
      SIGN_IN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  child.on('exit', () => (exited = true));
  return { name, url: `http://127.0.0.1:${port}`, child, output: () => output, exited: () => exited };
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${lastError ? ` (${String(lastError)})` : ''}`);
}

async function request(instance: Instance, method: string, path: string, body?: unknown, cookie?: string) {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: {
      origin: PUBLIC_URL,
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, response };
}

async function signIn(instance: Instance, email: string, password: string): Promise<string> {
  const { status, response } = await request(instance, 'POST', '/api/auth/sign-in/email', { email, password });
  if (status !== 200) throw new Error(`sign-in on ${instance.name}: ${status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function stopInstance(instance: Instance) {
  if (instance.exited()) return;
  instance.child.kill('SIGCONT');
  instance.child.kill('SIGTERM');
  await waitUntil(`${instance.name} to stop`, async () => (instance.exited() ? true : undefined), 25_000).catch(() => {
    instance.child.kill('SIGKILL');
  });
}

/** A logged line of a process: pino's JSON, or nothing. */
function logLines(instance: Instance): Record<string, unknown>[] {
  return instance
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return {};
      }
    });
}

/**
 * Check 5: a program in selection with 40 adepts and 30 mentors (rows written directly, as an
 * import would), a coordinator signed in on each process, MATCHING_RUNS runs started at the same
 * moment, half through A and half through B (each: the run and its pg-boss job in one
 * transaction). Every run must end `done`, be computed by exactly one process (the 'matching run'
 * log lines with outcome 'done' across both), give the same matched count and total as the
 * others (same pool), and be read finished, with its pairs, through the process that did not
 * start it.
 */
async function matchingAcrossProcesses(db: pg.Client, a: Instance, b: Instance, organisationId: string) {
  const password = 'two-instances-password';
  // The administrator also coordinates (set before signing in again).
  await db.query(`update people set roles = array_append(roles, 'coordinator') where email = 'admin@two.lots.test'`);
  const cookies = [await signIn(a, 'admin@two.lots.test', password), await signIn(b, 'admin@two.lots.test', password)] as const;
  const created = await request(a, 'POST', '/api/programs', { ...OPENABLE_PROGRAM, name: 'Mentorprogram två processer' }, cookies[0]);
  check(created.status === 201, `a program created on A (${created.status})`);
  const programId = created.body.id as string;
  await db.query('update programs set requires_manager_confirmation = false where id = $1', [programId]);
  for (const status of ['open', 'selection']) {
    const moved = await request(a, 'POST', `/api/programs/${programId}/status`, { status }, cookies[0]);
    check(moved.status === 200, `program to ${status} (${moved.status})`);
  }
  const areas = ['strategi', 'ekonomi', 'kommunikation', 'ledarskap', 'digitalisering', 'juridik'];
  // Adepts and mentors in different departments: the default distance rule (another unit subtree) holds.
  const units: string[] = [];
  for (const name of ['Avdelning Syd', 'Avdelning Nord']) {
    const unit = await db.query<{ id: string }>('insert into units (organisation_id, name) values ($1, $2) returning id', [
      organisationId,
      name,
    ]);
    units.push(unit.rows[0]!.id);
  }
  for (let k = 0; k < 70; k++) {
    const role = k < 40 ? 'adept' : 'mentor';
    const person = await db.query<{ id: string }>(
      'insert into people (organisation_id, unit_id, name, email) values ($1, $2, $3, $4) returning id',
      [organisationId, units[role === 'adept' ? 0 : 1], `${role} ${k}`, `${role}-${k}@two.lots.test`],
    );
    const profile = {
      competenceAreas: [areas[k % areas.length], areas[(k * 7) % areas.length]],
      developmentGoals: `Utveckla ${areas[(k * 5) % areas.length]} och ${areas[(k * 3) % areas.length]}`,
      interests: [],
      languages: ['svenska'],
      tooClose: [],
      yearsAsManager: k % 17,
      ...(role === 'mentor' ? { mentorCapacity: 1 } : {}),
    };
    await db.query(
      `insert into applications (program_id, person_id, role, status, profile, submitted_at) values ($1, $2, $3, 'accepted', $4, now())`,
      [programId, person.rows[0]!.id, role, JSON.stringify(profile)],
    );
  }
  const started = await Promise.all(
    Array.from({ length: MATCHING_RUNS }, (_, k) =>
      request(k % 2 ? b : a, 'POST', `/api/programs/${programId}/matching/runs`, undefined, cookies[k % 2]),
    ),
  );
  check(
    started.every((r) => r.status === 202),
    `${MATCHING_RUNS} matching runs started at once, half on A and half on B (${started.map((r) => r.status).join(', ')})`,
  );
  const ids = started.map((r) => r.body.id as string);
  // Read each run through the process that did not start it.
  const finished = await Promise.all(
    ids.map((id, k) =>
      waitUntil(
        `run ${id} to finish`,
        async () => {
          const got = await request(
            k % 2 ? a : b,
            'GET',
            `/api/programs/${programId}/matching/runs/${id}`,
            undefined,
            cookies[k % 2 ? 0 : 1],
          );
          const status = got.body.status as string;
          return status === 'done' || status === 'failed' ? got.body : undefined;
        },
        120_000,
        250,
      ).catch(() => ({ status: 'unfinished' }) as Record<string, unknown>),
    ),
  );
  check(
    finished.every((r) => r.status === 'done' && Array.isArray(r.pairs) && (r.pairs as unknown[]).length === 30),
    `every run done, its 30 pairs read through the other process (${finished.map((r) => `${r.status}/${(r.pairs as unknown[] | undefined)?.length ?? '-'}`).join(', ')})`,
  );
  const totals = new Set(finished.map((r) => `${r.matchedCount as number}/${r.totalScore as number}`));
  check(totals.size === 1, `the same matched count and total score in every run (${[...totals].join(', ')})`);
  const computed = (instance: Instance) =>
    logLines(instance)
      .filter((line) => line.msg === 'matching run' && line.outcome === 'done')
      .map((line) => line.runId as string);
  const byA = computed(a).filter((id) => ids.includes(id));
  const byB = computed(b).filter((id) => ids.includes(id));
  const times = ids.map((id) => [...byA, ...byB].filter((x) => x === id).length);
  check(
    times.every((n) => n === 1),
    `each run computed by exactly one process (A computed ${byA.length}, B ${byB.length}; per run ${times.join(', ')})`,
  );
  const states = await db.query<{ state: string; n: number }>(
    `select state, count(*)::int as n from pgboss.job where name = 'matching-runs' and id = any($1::uuid[]) group by 1`,
    [ids],
  );
  check(
    states.rows.length === 1 && states.rows[0]!.state === 'completed' && states.rows[0]!.n === MATCHING_RUNS,
    `one pg-boss job per run, each completed (${states.rows.map((r) => `${r.n} ${r.state}`).join(', ')})`,
  );
}

async function main() {
  if (!adminUrl) {
    console.error('two-instance check: set LOTS_TEST_DATABASE_URL=postgres://… (a server where databases may be created)');
    process.exit(2);
  }
  const started = Date.now();
  const name = `lots_two_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = withDatabase(adminUrl, name);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const sink: SmtpSink = await startSmtpSink();
  const authSecret = randomBytes(32).toString('hex');
  const instances: Instance[] = [];
  try {
    console.log(`two Lots processes on one PostgreSQL (fresh database ${name})`);
    // 1. Both start at once on the empty database.
    instances.push(...(await Promise.all(['A', 'B'].map((n) => startInstance(n, databaseUrl, sink.url, authSecret)))));
    const [a, b] = instances as [Instance, Instance];
    for (const instance of instances) {
      try {
        await waitUntil(
          `${instance.name} to serve /healthz`,
          async () => {
            if (instance.exited()) throw new Error(`${instance.name} exited`);
            const response = await fetch(`${instance.url}/healthz`);
            return response.ok ? true : undefined;
          },
          180_000,
        );
        check(true, `${instance.name} started on the empty database and serves /healthz`);
      } catch (error) {
        check(false, `${instance.name} serves /healthz: ${(error as Error).message}\n${instance.output().slice(-3000)}`);
      }
    }
    if (failures.length) return;
    for (const instance of instances) check((await fetch(`${instance.url}/readyz`)).ok, `${instance.name} /readyz`);
    const migrations = await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    const journal = JSON.parse(readFileSync(resolve(repoRoot, 'packages/db/migrations/meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    check(
      migrations.rows[0]!.n === journal.entries.length,
      `each migration applied once (${migrations.rows[0]!.n} of ${journal.entries.length})`,
    );

    const setup = await request(a, 'POST', '/api/setup', {
      organisation: { name: 'Kustbevakningen', kind: 'agency', country: 'SE' },
      admin: { name: 'Signe Admin', email: 'admin@two.lots.test', password: 'two-instances-password', locale: 'sv' },
    });
    check(setup.status === 201, `first-run setup on A (${setup.status})`);
    const cookies = [
      await signIn(a, 'admin@two.lots.test', 'two-instances-password'),
      await signIn(b, 'admin@two.lots.test', 'two-instances-password'),
    ];
    check(true, 'the administrator signs in on A and on B');
    const me = await request(b, 'GET', '/api/me', undefined, cookies[1]);
    const organisationId = (me.body.person as { organisationId?: string } | null)?.organisationId;
    check(me.status === 200 && !!organisationId, `B knows the session made on B (${me.status})`);
    const crossSession = await request(a, 'GET', '/api/me', undefined, cookies[1]);
    check(crossSession.status === 200, `A accepts the session made on B (${crossSession.status})`);

    const schedules = await db.query<{ name: string }>('select name from pgboss.schedule order by name');
    check(
      JSON.stringify(schedules.rows.map((r) => r.name)) ===
        JSON.stringify(['applications-digest', 'event-reminders', 'pair-nudges', 'sensitive-retention', 'survey-schedule']),
      `the daily jobs are scheduled once: ${schedules.rows.map((r) => r.name).join(', ')}`,
    );
    // The nudges (idempotent, and there are no pairs) every minute instead of every morning, to see
    // the schedule fire while both run: each minute must produce one job, whichever process fires it.
    const cronSince = new Date();
    await db.query(`update pgboss.schedule set cron = '* * * * *' where name = 'pair-nudges'`);

    // 2. Mail through the API of both, each delivered exactly once.
    const invite = (instance: Instance, cookie: string, email: string) =>
      request(
        instance,
        'POST',
        `/api/organisations/${organisationId}/invitations`,
        { name: email.split('@')[0], email, locale: 'sv' },
        cookie,
      );
    const emails = Array.from({ length: FIRST_MAILS }, (_, i) => `invitee-${i}@two.lots.test`);
    const statuses = await Promise.all(emails.map((email, i) => invite(i % 2 ? b : a, cookies[i % 2]!, email).then((r) => r.status)));
    check(
      statuses.every((s) => s === 201),
      `${FIRST_MAILS} invitations through A and B (${statuses.filter((s) => s === 201).length} × 201)`,
    );
    const firstStarted = Date.now();
    const firstReceived = () => sink.received.filter((m) => m.to[0]!.startsWith('invitee-'));
    await waitUntil('the invitations to arrive', async () => (firstReceived().length >= FIRST_MAILS ? true : undefined), 60_000).catch(
      () => {},
    );
    const firstSeconds = (Date.now() - firstStarted) / 1000;
    await new Promise((r) => setTimeout(r, 3000)); // time for a second copy, if any, to arrive
    const perAddress = new Map<string, number>();
    for (const m of firstReceived()) perAddress.set(m.to[0]!, (perAddress.get(m.to[0]!) ?? 0) + 1);
    const once = emails.filter((e) => perAddress.get(e) === 1).length;
    check(
      once === FIRST_MAILS && firstReceived().length === FIRST_MAILS,
      `every invitation arrived exactly once (${once} of ${FIRST_MAILS}, ${firstReceived().length} received, ${firstSeconds.toFixed(1)} s)`,
    );
    const rows = await db.query<{ status: string; attempts: number; n: number }>(
      `select status, attempts, count(*)::int as n from mail_messages where "to" like 'invitee-%' group by 1, 2`,
    );
    check(
      rows.rows.length === 1 && rows.rows[0]!.status === 'sent' && rows.rows[0]!.attempts === 1 && rows.rows[0]!.n === FIRST_MAILS,
      `every mail row sent after one attempt (${rows.rows.map((r) => `${r.n} ${r.status}/${r.attempts}`).join(', ')})`,
    );
    const ids = new Set(firstReceived().map((m) => m.messageId));
    check(ids.size === FIRST_MAILS, `distinct Message-IDs (${ids.size})`);

    // 5. Matching runs through both processes at once: each computed exactly once, by one of them.
    await matchingAcrossProcesses(db, a, b, organisationId!);

    // 3. kill -9 while SMTP holds mail: nothing is lost.
    b.child.kill('SIGSTOP');
    sink.delayMs = 4000;
    const crashEmails = Array.from({ length: CRASH_MAILS }, (_, i) => `crash-${i}@two.lots.test`);
    const crashStatuses = await Promise.all(crashEmails.map((email) => invite(a, cookies[0]!, email).then((r) => r.status)));
    check(
      crashStatuses.every((s) => s === 201),
      `${CRASH_MAILS} more invitations through A while B is paused`,
    );
    const crashReceived = () => sink.received.filter((m) => m.to[0]!.startsWith('crash-'));
    await waitUntil('A to hand mail to SMTP', async () => (crashReceived().length > 0 ? true : undefined), 30_000, 20);
    a.child.kill('SIGKILL');
    const killedAt = Date.now();
    const { rows: atKill } = await db.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from mail_messages where "to" like 'crash-%' group by 1 order by 1`,
    );
    const takenBySmtp = new Set(crashReceived().map((m) => m.messageId)).size;
    console.log(
      `  …   A killed (SIGKILL) with ${atKill.map((r) => `${r.n} ${r.status}`).join(', ')}; the sink had taken ${takenBySmtp} without answering`,
    );
    sink.delayMs = 0;
    b.child.kill('SIGCONT');
    await waitUntil(
      'B to deliver the mail of the killed A',
      async () => (new Set(crashReceived().map((m) => m.messageId)).size >= CRASH_MAILS ? true : undefined),
      75_000,
    ).catch(() => {});
    const recoveredSeconds = (Date.now() - killedAt) / 1000;
    await waitUntil(
      'the rows to be marked sent',
      async () => {
        const r = await db.query<{ n: number }>(
          `select count(*)::int as n from mail_messages where "to" like 'crash-%' and status = 'sent'`,
        );
        return r.rows[0]!.n >= CRASH_MAILS ? true : undefined;
      },
      10_000,
    ).catch(() => {});
    const crashIds = new Set(crashReceived().map((m) => m.messageId));
    const crashAddresses = new Set(crashReceived().map((m) => m.to[0]));
    check(
      crashIds.size === CRASH_MAILS && crashAddresses.size === CRASH_MAILS,
      `after the kill every mail arrived (${crashIds.size} of ${CRASH_MAILS} distinct, ${recoveredSeconds.toFixed(1)} s after the kill)`,
    );
    check(recoveredSeconds < 60, `recovered within a minute (${recoveredSeconds.toFixed(1)} s)`);
    const repeats = crashReceived().length - crashIds.size;
    const { rows: idRows } = await db.query<{ to: string; message_id: string }>(
      `select "to", message_id from mail_messages where "to" like 'crash-%'`,
    );
    const rowId = new Map(idRows.map((r) => [r.to, r.message_id]));
    const sameId = crashReceived().every((m) => rowId.get(m.to[0]!) === m.messageId);
    check(sameId, `${repeats} sent again with the same Message-ID (the sink had them when A died), none with another`);
    const sentRows = await db.query<{ n: number }>(
      `select count(*)::int as n from mail_messages where "to" like 'crash-%' and status = 'sent'`,
    );
    check(sentRows.rows[0]!.n === CRASH_MAILS, `every row sent (${sentRows.rows[0]!.n} of ${CRASH_MAILS})`);
    check((await fetch(`${b.url}/healthz`)).ok, 'B still serves');

    // 4. The schedule fired once per minute across both processes: pg-boss turns each due minute
    // into one '__pgboss__send-it' job (singleton per minute), which becomes one nudges job.
    const fired = async () =>
      (
        await db.query<{ slots: number; sendIt: number; sendItDone: number; jobs: number; done: number }>(
          `select
             (select count(distinct singleton_on)::int from pgboss.job
               where name = '__pgboss__send-it' and data->>'name' = 'pair-nudges' and created_on >= $1) as "slots",
             (select count(*)::int from pgboss.job
               where name = '__pgboss__send-it' and data->>'name' = 'pair-nudges' and created_on >= $1) as "sendIt",
             (select count(*)::int from pgboss.job
               where name = '__pgboss__send-it' and data->>'name' = 'pair-nudges' and created_on >= $1 and state = 'completed') as "sendItDone",
             (select count(*)::int from pgboss.job where name = 'pair-nudges' and created_on >= $1) as "jobs",
             (select count(*)::int from pgboss.job where name = 'pair-nudges' and created_on >= $1 and state = 'completed') as "done"`,
          [cronSince],
        )
      ).rows[0]!;
    await waitUntil(
      'the minute schedule to fire and its jobs to finish',
      async () => {
        const f = await fired();
        return f.done > 0 && f.sendItDone === f.sendIt && f.done === f.jobs ? true : undefined;
      },
      100_000,
      1000,
    ).catch(() => {});
    const f = await fired();
    const minutes = Math.ceil((Date.now() - cronSince.getTime()) / 60_000);
    check(
      f.jobs > 0 && f.slots === f.sendIt && f.jobs === f.sendIt && f.jobs <= minutes + 1 && f.done === f.jobs,
      `a schedule fires once per minute across the processes (${f.jobs} nudges jobs, ${f.done} done, for ${f.slots} fired minutes out of ${minutes})`,
    );
  } catch (error) {
    check(false, `unexpected: ${(error as Error).stack ?? String(error)}`);
    for (const instance of instances) console.log(`--- ${instance.name} output (tail)\n${instance.output().slice(-3000)}`);
  } finally {
    await Promise.all(instances.map((i) => stopInstance(i)));
    await sink.close();
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    failures.length ? `two-instance check: FAIL (${failures.length} failed, ${seconds} s)` : `two-instance check: PASS (${seconds} s)`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main();
