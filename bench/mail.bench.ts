/**
 * Benchmark of mail delivery: `npm run bench:mail` (or `npx tsx bench/mail.bench.ts`).
 *
 * Queues N mails (default 1,000; `--mails N`) in one transaction into a migrated database —
 * the embedded PGlite, or a fresh PostgreSQL database when LOTS_TEST_DATABASE_URL is set — and
 * starts the real Mailer's delivery loop against a real SMTP server on loopback running in a
 * child process (smtp-server + mailparser, the same sink the tests use, so that parsing mail
 * does not take the event loop of the process under test). It measures the wall-clock time from
 * the start of the loop until the sink holds all N mails and every row is `sent`, checks that
 * each Message-ID arrived exactly once, and prints mails per second against the budget
 * (50 per second, issue 9), and the CPU time per mail of the delivering process (PGlite runs in
 * it, so its share is included). The budget is checked on the wall-clock rate, except on a machine
 * whose load average exceeds its cores, where the rate one free core would reach (from CPU time)
 * is checked instead; the output names which. Exit code 1 when the budget is missed or a mail is
 * lost or doubled.
 * Options: --mails N, --json.
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestDatabase, preparePostgresTemplate, testBackend } from '@lots/db/testing';
import { Mailer } from '../apps/server/src/mail/mailer';
import { startSmtpSink } from '../apps/server/src/testing/smtp-sink';

const BUDGET_PER_SECOND = 50;
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Child process: the SMTP sink; reports its URL, then the Message-IDs it received on request. */
async function sinkProcess() {
  const sink = await startSmtpSink();
  process.send!({ url: sink.url });
  process.on('message', (message: { report?: boolean }) => {
    if (message.report) process.send!({ ids: sink.received.map((m) => m.messageId) });
  });
}

async function countInSink(child: ReturnType<typeof fork>): Promise<string[]> {
  return new Promise((resolve) => {
    child.once('message', (m: { ids: string[] }) => resolve(m.ids));
    child.send({ report: true });
  });
}

async function main() {
  const mails = Number(option('--mails') ?? 1000);
  const child = fork(fileURLToPath(import.meta.url), ['--sink'], { execArgv: ['--import', 'tsx'] });
  const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)));
  const adminUrl = process.env.LOTS_TEST_DATABASE_URL;
  if (adminUrl) await preparePostgresTemplate(adminUrl);
  const database = await createTestDatabase();
  try {
    const mailer = new Mailer(database.db, { smtpUrl: url, from: 'Lots <no-reply@bench.lots>' });
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < mails; i++) {
        await mailer.queueIn(tx, {
          to: `person-${i}@bench.lots`,
          template: 'magicLink',
          locale: (['sv', 'nb', 'en'] as const)[i % 3]!,
          vars: { name: `Person ${i}`, url: `http://bench.lots/sign-in/${i}`, minutes: 15 },
        });
      }
    });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    mailer.start();
    let received: string[] = [];
    let sent = 0;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      received = await countInSink(child);
      if (received.length < mails) continue;
      const [row] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.mailMessages)
        .where(eq(schema.mailMessages.status, 'sent'));
      sent = row?.n ?? 0;
      if (sent >= mails) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerMail = (cpu.user + cpu.system) / 1000 / mails;
    await mailer.stop();
    const unique = new Set(received).size;
    const rate = sent / seconds;
    const problems: string[] = [];
    if (sent < mails) problems.push(`${mails - sent} not sent`);
    if (unique !== received.length) problems.push(`${received.length - unique} received twice`);
    if (unique < mails) problems.push(`${mails - unique} not received`);
    // The budget is the wall-clock rate. On a machine whose load exceeds its cores (CI runners shared
    // with other work), the wall-clock rate says more about the neighbours than about Lots: there
    // the rate one free core would give, from the CPU time of the delivering process, is checked
    // instead, and the output says so.
    const cores = os.availableParallelism();
    const overloaded = os.loadavg()[0]! > cores;
    const cpuRate = 1000 / cpuMsPerMail;
    let judgedBy = 'wall-clock';
    if (rate < BUDGET_PER_SECOND) {
      if (overloaded && cpuRate >= BUDGET_PER_SECOND) judgedBy = `CPU time (load ${os.loadavg()[0]!.toFixed(1)} on ${cores} cores)`;
      else problems.push(`below ${BUDGET_PER_SECOND} per second`);
    }
    const result = {
      backend: testBackend,
      mails,
      seconds: Number(seconds.toFixed(2)),
      perSecond: Math.round(rate),
      cpuMsPerMail: Number(cpuMsPerMail.toFixed(2)),
      budgetPerSecond: BUDGET_PER_SECOND,
      received: received.length,
      ok: problems.length === 0,
      judgedBy,
      problems,
      load: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
    };
    if (args.includes('--json')) console.log(JSON.stringify(result));
    else {
      console.log(`mail delivery to a local SMTP sink (${result.backend})`);
      console.log(`  mails ${mails}, all sent in ${result.seconds} s: ${result.perSecond} mails/s (budget ≥ ${BUDGET_PER_SECOND}/s)`);
      console.log(
        `  CPU of the delivering process: ${result.cpuMsPerMail} ms per mail (about ${Math.round(1000 / cpuMsPerMail)} mails/s on one free core)`,
      );
      console.log(`  received ${received.length}, distinct Message-IDs ${unique}; load average ${result.load}`);
      console.log(`  ${result.ok ? `PASS (judged by ${judgedBy})` : `FAIL: ${problems.join('; ')}`}`);
    }
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await database.destroy();
    child.kill();
  }
}

if (args.includes('--sink')) await sinkProcess();
else await main();
