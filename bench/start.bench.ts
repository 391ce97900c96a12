/**
 * Goal 5 of issue 15: what starting Lots costs, on the embedded database (PGlite).
 *
 * `npm run bench:start` (or `npx tsx bench/start.bench.ts`; `--runs K` warm starts, default 3):
 * 1. starts Lots on a fresh data directory with the demo world (`DEMO=on`), waits for `/readyz`,
 *    lets it idle for 10 s and reads its resident memory (RSS): the idle memory after the demo load;
 * 2. K times: a warm start as `npm start` does it (`scripts/start.mjs`: the web app and the server
 *    bundle are built only when their sources changed, decisions 0160 and 0182, then the bundle runs
 *    in the same process) on that database, timed from the spawn to the first `/healthz` answer, and
 *    its idle RSS after 10 s, and the CPU time (user + system) the process had used when it first
 *    answered: on the shared machine the wall-clock time grows with the load, the CPU time much less;
 * 3. the reference, started in the same run: a bare Node process answering HTTP (`node -e`).
 * Prints each figure (the median of the warm starts) with its budget and reference and the ratio, and
 * the load average. Exit code 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { cpuMsOf, LOTS_ENV, median, npmStart, printRows, root, rssOf, start, type Row } from './support';

const KB = 1024;
const START_BUDGET_MS = 3000;
const RSS_BUDGET = 300 * KB * KB;
const IDLE_MS = 10_000;
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);

const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const NPM_START = npmStart();

async function idleRss(pid: number): Promise<number> {
  await new Promise((r) => setTimeout(r, IDLE_MS));
  return rssOf(pid);
}

async function main() {
  // The web app and the server are built before anything is timed: a warm start finds them up to date.
  for (const script of ['build-web.mjs', 'build-server.mjs']) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`${script} failed`);
  }

  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(os.tmpdir(), 'lots-bench-start-'));
  try {
    const first = await start('sh', NPM_START, LOTS_ENV(dataDir), '/readyz', 600_000);
    let firstRss: number;
    try {
      firstRss = await idleRss(first.child.pid!);
    } finally {
      await first.stop();
    }

    const bare: number[] = [];
    const bareCpu: number[] = [];
    const warm: number[] = [];
    const warmCpu: number[] = [];
    const warmRss: number[] = [];
    const server = "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')";
    for (let i = 0; i < runs; i++) {
      const b = await start(process.execPath, ['-e', server], {}, '/healthz', 60_000);
      bareCpu.push(cpuMsOf(b.child.pid!) ?? NaN);
      await b.stop();
      bare.push(b.ms);
      const w = await start('sh', NPM_START, LOTS_ENV(dataDir), '/healthz', 120_000);
      try {
        warmCpu.push(cpuMsOf(w.child.pid!) ?? NaN);
        warm.push(w.ms);
        warmRss.push(await idleRss(w.child.pid!));
      } finally {
        await w.stop();
      }
    }

    const warmMs = median(warm);
    const bareMs = median(bare);
    const rss = median(warmRss);
    const cpuMs = median(warmCpu);
    const bareCpuMs = median(bareCpu);
    rows.push(
      {
        goal: `5 warm start to /healthz (npm start's steps, median of ${runs})`,
        figure: s(warmMs),
        reference: `budget ${s(START_BUDGET_MS)}; bare node HTTP ${s(bareMs)} (ratio to it ${(warmMs / bareMs).toFixed(1)}); runs ${warm.map(s).join(', ')}`,
        ratio: warmMs / START_BUDGET_MS,
        pass: warmMs <= START_BUDGET_MS,
      },
      {
        goal: `5 warm start's CPU time at /healthz (user + system, median of ${runs})`,
        figure: s(cpuMs),
        reference: `no budget (the budget is wall-clock); bare node HTTP ${s(bareCpuMs)}; runs ${warmCpu.map(s).join(', ')}`,
        ratio: cpuMs / bareCpuMs,
        pass: null,
      },
      {
        goal: '5 idle RSS after the demo load (first start, PGlite)',
        figure: mb(firstRss),
        reference: `budget ${mb(RSS_BUDGET)}; after ${IDLE_MS / 1000} s idle`,
        ratio: firstRss / RSS_BUDGET,
        pass: firstRss <= RSS_BUDGET,
      },
      {
        goal: `5 idle RSS after a warm start on the demo database (median of ${runs})`,
        figure: mb(rss),
        reference: `budget ${mb(RSS_BUDGET)}; runs ${warmRss.map(mb).join(', ')}`,
        ratio: rss / RSS_BUDGET,
        pass: rss <= RSS_BUDGET,
      },
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  printRows(rows);
}

await main();
