/**
 * Benchmark of a whole matching run in the server (issue 15, goal 3): `npm run bench:matching-run`
 * (or `npx tsx bench/matching-run.bench.ts`; `--size N` for N adepts × N mentors, default 1,000;
 * `--runs K` runs, default 5, the median is checked; `--json`; `--profile DIR` for V8 CPU profiles
 * of every thread and a summary of where the runs spent their time).
 *
 * The measuring process runs with the V8 flags `npm start` gives the server (on the embedded
 * database a 4 MB young generation, decision 0168). It builds one program
 * in a migrated database — the embedded PGlite, or a fresh PostgreSQL database when
 * LOTS_TEST_DATABASE_URL is set — with N accepted adepts and N accepted mentors of one large
 * organisation (eight departments, three unit levels, a manager for every unit), their profiles
 * from the seeded synthetic cohort of packages/matching (free-text goals and wishes, competence
 * areas, interests, languages, places, formats, close relations). Then, K times, a coordinator
 * starts a run through the API (POST …/matching/runs: the run and its pg-boss job in one
 * transaction); the bench watches the run's status column every 20 ms and reads the finished run
 * once through the API (GET …/matching/runs/:id): the time is from the POST until that read has
 * been answered, so it includes the job queue, reading the pool, scoring, solving, explaining,
 * storing and presenting the result (the web app's own polls, every 500 ms, are left out). After
 * that window every pair's "why?" is asked for, one request each (decision 0197), the first timed. While
 * a run computes, the process's resident memory is sampled every 20 ms; its growth over the
 * resident memory before the run (the engine's worker thread and the database's) is the worker's
 * peak that is checked.
 *
 * Reference, started in the same run: the engine alone (matchCohort) and the bare exact solver
 * inside it, on the same cohort in a child process with the same flags, with that process's peak
 * RSS. The server's run must give the same matched count and total score as the engine alone (it
 * is the same cohort), and the median must stay within the budget: 1.5 s end to end and 300 MB
 * of peak resident memory growth. When the load average exceeds the cores (a shared runner), the
 * time budget is judged on the CPU time of the process (all threads) and the output says so.
 * Exit code 1 when a budget is missed or the results differ.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { preparePostgresTemplate } from '@lots/db/testing';
import type { MatchingRun, RunPair, RunPairWhy } from '@lots/core';
import { matchCohort } from '../packages/matching/src/cohort.js';
import { DEFAULT_HARD_RULES, DEFAULT_WEIGHTS, type Person } from '../packages/matching/src/scoring.js';
import { syntheticCohort } from '../packages/matching/src/testing/cohort-gen.js';
import { createTestApp } from '../apps/server/src/testing/harness';
import { median } from './support';

const BUDGET_MS = 1500;
const BUDGET_RSS_MB = 300;
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const size = Number(option('--size') ?? 1000);
const runs = Number(option('--runs') ?? 5);
const marks = option('--marks');
const mb = (bytes: number) => Math.round(bytes / 1048576);

/** The cohort of both sides: everyone eligible and confirmed (the program asks for no confirmation). */
function cohort(): { adepts: Person[]; mentors: Person[] } {
  const { adepts, mentors } = syntheticCohort({ adepts: size, mentors: size });
  // One large organisation: the synthetic cohort's organisations become its departments (the top
  // level of the unit tree), each department's head at the top of the manager chains.
  const fix = (p: Person): Person => ({
    ...p,
    organisationId: 'state',
    organisationName: 'Statens förvaltning',
    unitPath: [`dept-${p.organisationId}`, ...(p.unitPath ?? [])],
    eligible: true,
    confirmed: true,
  });
  return { adepts: adepts.map(fix), mentors: mentors.map(fix) };
}

/** Child process: the engine alone on the same cohort; prints its figures as JSON. */
function engineAlone() {
  const { adepts, mentors } = cohort();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = matchCohort({
    adepts,
    mentors,
    // A program's defaults (settings.ts: mentorGoals 2), without preferences (none are stated).
    weights: { ...DEFAULT_WEIGHTS, mentorGoals: 2, preferences: 0 },
    hardRules: DEFAULT_HARD_RULES,
    constraints: [],
    preferences: null,
    minScore: null,
    reverse: false,
  });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((used.user + used.system) / 1000),
      solveMs: result.stats.solveMs,
      edges: result.stats.edges,
      matched: result.matchedCount,
      total: result.totalScore,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

async function main() {
  const adminUrl = process.env.LOTS_TEST_DATABASE_URL;
  if (adminUrl) await preparePostgresTemplate(adminUrl);
  const t = await createTestApp();
  try {
    const orgId = await t.createOrganisation('Statens förvaltning');
    await t.createMember(orgId, 'samordnare@bench.example', ['coordinator', 'participant']);
    const coordinator = await t.signIn('samordnare@bench.example');
    const programId = await t.createProgram(coordinator, { name: 'Mentorprogram för chefer' });
    await t.database.db.update(schema.programs).set({ requiresManagerConfirmation: false }).where(eq(schema.programs.id, programId));
    const moved = await t.as(coordinator).post(`/api/programs/${programId}/status`, { status: 'selection' });
    if (moved.statusCode >= 300) throw new Error(`program to selection: ${moved.statusCode} ${moved.body}`);

    // Units and their managers, as the synthetic cohort describes them (unitPath, managerChain).
    const { adepts, mentors } = cohort();
    const everyone = [...adepts, ...mentors];
    const unitIds = new Map<string, string>();
    const managerIds = new Map<string, string>();
    for (const p of everyone) {
      const path = p.unitPath ?? [];
      for (let level = 0; level < path.length; level++) {
        const key = path[level]!;
        if (unitIds.has(key)) continue;
        const parent = level > 0 ? unitIds.get(path[level - 1]!)! : null;
        unitIds.set(key, await t.createUnit(orgId, `Enhet ${key}`, parent));
      }
      // managerChain: the unit's manager first, upwards; created top-down so that each has a manager.
      for (let k = p.managerChain.length - 1; k >= 0; k--) {
        const key = p.managerChain[k]!;
        if (managerIds.has(key)) continue;
        const unit = path[path.length - 1 - k];
        const [row] = await t.database.db
          .insert(schema.people)
          .values({
            organisationId: orgId,
            unitId: unit ? unitIds.get(unit)! : null,
            managerId: k + 1 < p.managerChain.length ? managerIds.get(p.managerChain[k + 1]!)! : null,
            name: `Chef ${key}`,
            email: `${key}@bench.example`,
          })
          .returning({ id: schema.people.id });
        managerIds.set(key, row!.id);
      }
    }
    const batch = 250;
    for (let start = 0; start < everyone.length; start += batch) {
      const slice = everyone.slice(start, start + batch);
      const people = await t.database.db
        .insert(schema.people)
        .values(
          slice.map((p) => ({
            organisationId: orgId,
            unitId: unitIds.get(p.unitPath![p.unitPath!.length - 1]!)!,
            managerId: managerIds.get(p.managerChain[0]!)!,
            name: p.name,
            email: p.email,
            title: p.title,
          })),
        )
        .returning({ id: schema.people.id });
      await t.database.db.insert(schema.applications).values(
        slice.map((p, k) => ({
          programId,
          personId: people[k]!.id,
          role: p.id.startsWith('m') ? ('mentor' as const) : ('adept' as const),
          status: 'accepted' as const,
          submittedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, start + k)),
          profile: {
            title: p.title,
            yearsAsManager: p.yearsAsManager,
            competenceAreas: p.competenceAreas,
            developmentGoals: p.developmentGoals,
            interests: p.interests,
            languages: p.languages,
            location: p.location,
            meetingPreference: p.meetingPreference,
            availability: p.availability,
            wishes: p.wishes,
            tooClose: p.tooClose,
            ...(p.id.startsWith('m') ? { mentorCapacity: p.capacity } : {}),
          },
        })),
      );
    }

    const self = fileURLToPath(import.meta.url);
    const child = spawnSync(process.execPath, [...serverFlags(), '--import', 'tsx', self, '--engine', '--size', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`engine reference failed: ${child.stderr}`);
    const engine = JSON.parse(child.stdout) as {
      ms: number;
      cpuMs: number;
      solveMs: number;
      edges: number;
      matched: number;
      total: number;
      peakRssMb: number;
    };

    const rows: {
      ms: number;
      cpuMs: number;
      rssBeforeMb: number;
      peakRssMb: number;
      responseKb: number;
      whyMs: number;
      whyKb: number;
      matched: number;
      total: number;
      explained: boolean;
    }[] = [];
    /** "Why?" for one pair, as the web app asks for it when the dialog opens (decision 0197). */
    const why = async (runId: string, pair: RunPair) => {
      const response = await t
        .as(coordinator)
        .get(`/api/programs/${programId}/matching/runs/${runId}/pairs/${pair.adept.applicationId}/why`);
      if (response.statusCode !== 200) throw new Error(`why: ${response.statusCode} ${response.body}`);
      return { body: response.body, pair: response.json() as RunPairWhy };
    };
    for (let k = 0; k < runs; k++) {
      // The "why?" requests before resolve without ever leaving the microtask queue, so the server's
      // timers (pg-boss's cron check every 30–60 s, about 0.2–0.7 s of CPU for its five schedules) are
      // held back until the run's first real wait and then land inside it, every time (decision 0177).
      // A server answering real requests runs them on time: they are let run before the run starts.
      await settle();
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
      const mark0 = Number(process.hrtime.bigint() / 1000n);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const post = await t.as(coordinator).post(`/api/programs/${programId}/matching/runs`);
      if (post.statusCode !== 202) throw new Error(`start run: ${post.statusCode} ${post.body}`);
      const id = (post.json() as MatchingRun).id;
      // Until the run is stored: its status column every 20 ms (one small statement; the web app's
      // polls every 500 ms through the API are left out), then the finished run read once.
      for (;;) {
        const [row] = await t.database.db
          .select({ status: schema.matchingRuns.status })
          .from(schema.matchingRuns)
          .where(eq(schema.matchingRuns.id, id));
        if (row?.status === 'done' || row?.status === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const got = await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${id}`);
      if (marks) appendFileSync(marks, `${mark0} ${Number(process.hrtime.bigint() / 1000n)}\n`);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      clearInterval(sampler);
      // The client's part, after the measurement: parsing the response is the web app's work.
      const body = got.body;
      const run = got.json() as MatchingRun;
      if (run.status !== 'done') throw new Error(`run failed: ${run.error}`);
      // Then every pair's "why?", one request each, the first one timed.
      const whyStarted = performance.now();
      const first = await why(id, run.pairs[0]!);
      const whyMs = performance.now() - whyStarted;
      const explainedPairs = [first.pair];
      for (const pair of run.pairs.slice(1)) explainedPairs.push((await why(id, pair)).pair);
      rows.push({
        ms: Math.round(ms),
        cpuMs: Math.round((used.user + used.system) / 1000),
        rssBeforeMb: mb(before),
        peakRssMb: mb(peak),
        responseKb: Math.round(Buffer.byteLength(body) / 1024),
        whyMs: Math.round(whyMs * 10) / 10,
        whyKb: Math.round(Buffer.byteLength(first.body) / 102.4) / 10,
        matched: run.matchedCount ?? 0,
        total: run.totalScore ?? 0,
        // Every pair explained whole (stored compactly, decision 0187; asked for one pair at a time,
        // decision 0197): the same pair as listed, its points adding up to its score, the scores to
        // the run's total.
        explained: explains(run, explainedPairs),
      });
    }

    const ms = median(rows.map((r) => r.ms));
    const growth = median(rows.map((r) => r.peakRssMb - r.rssBeforeMb));
    const loaded = os.loadavg()[0]! > os.availableParallelism();
    // With the load above the cores the wall clock measures the other work; the CPU time of this
    // process (all its threads: the engine's worker thread and, on PGlite, the database) is what
    // one free core would need.
    const cpuMs = median(rows.map((r) => r.cpuMs));
    const ratio = ms / engine.ms;
    const timeOk = (loaded ? cpuMs : ms) <= BUDGET_MS;
    const same = rows.every((r) => r.matched === engine.matched && Math.abs(r.total - engine.total) < 1e-6 && r.explained);
    const ok = timeOk && growth <= BUDGET_RSS_MB && same;
    const figures = {
      size,
      edges: engine.edges,
      runs: rows,
      medianMs: ms,
      medianCpuMs: cpuMs,
      medianRssGrowthMb: growth,
      engine,
      same,
      loaded,
      ok,
    };
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    else {
      const lines = [
        `matching run ${size} × ${size} through the server (${engine.edges} allowed pairs, ${adminUrl ? 'PostgreSQL' : 'PGlite'}, node flags: ${nodeFlags().join(' ') || 'none'}${nodeFlags().join(' ') === serverFlags().join(' ') ? ', as npm start' : ', NOT those of npm start'}):`,
        ...rows.map(
          (r, k) =>
            `  run ${k + 1}: ${r.ms} ms from POST to the finished run read (CPU ${r.cpuMs} ms); RSS ${r.rssBeforeMb} → peak ${r.peakRssMb} MB; response ${r.responseKb} KB; a pair's "why?" ${r.whyMs} ms, ${r.whyKb} KB; matched ${r.matched}, total ${r.total}`,
        ),
        `  median ${ms} ms wall, ${cpuMs} ms CPU (budget ${BUDGET_MS} ms, ratio ${((loaded ? cpuMs : ms) / BUDGET_MS).toFixed(2)} on ${loaded ? 'CPU' : 'wall'} time); worker's peak (the process's RSS growth while the run computes: worker thread and database) ${growth} MB (budget ${BUDGET_RSS_MB} MB, ratio ${(growth / BUDGET_RSS_MB).toFixed(2)})`,
        `  reference, same cohort in a child process: engine alone ${engine.ms} ms, CPU ${engine.cpuMs} ms (exact solver ${engine.solveMs} ms of it), peak RSS ${engine.peakRssMb} MB; server/engine ${ratio.toFixed(2)}×`,
        `  same matched count and total score as the engine alone (${engine.matched}, ${engine.total}), every pair's breakdown adding up to its score: ${same ? 'yes' : 'NO'}`,
        `  ${ok ? 'PASS' : 'FAIL'}${loaded ? ' (load above the cores: time judged on the CPU time of the process)' : ''}`,
        `(load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return ok ? 0 : 1;
  } finally {
    await t.destroy();
  }
}

/**
 * Lets the event loop run what is due (timers held back by work that never yielded to them) and
 * returns when a 100 ms timer fires on time — nothing long ran meanwhile — or after two seconds.
 */
async function settle() {
  for (let k = 0; k < 20; k++) {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (performance.now() - started < 150) return;
  }
}

/**
 * Whether every pair of a run is explained: its "why?" is the pair the run lists, with all criteria,
 * their points adding up to its score; and the scores add up to the total.
 */
function explains(run: MatchingRun, explained: RunPairWhy[]): boolean {
  const thousandths = (x: number) => Math.round(x * 1000);
  if (explained.length !== run.pairs.length) return false;
  let total = 0;
  for (const [k, pair] of explained.entries()) {
    const { breakdown: _, ...listed } = pair;
    if (JSON.stringify(listed) !== JSON.stringify(run.pairs[k])) return false;
    if (pair.breakdown.length !== Object.keys(DEFAULT_WEIGHTS).length) return false;
    if (thousandths(pair.breakdown.reduce((s, c) => s + c.points, 0)) !== thousandths(pair.score)) return false;
    total += pair.score;
  }
  return Math.abs(total - (run.totalScore ?? 0)) < 5e-3;
}

/**
 * The V8 flags `npm start` gives the server (package.json's start script): on the embedded
 * database a 4 MB young generation (decision 0168), on PostgreSQL none.
 * The bench runs under the same, so that it measures the server as it runs.
 */
function serverFlags(): string[] {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  if (process.env.LOTS_TEST_DATABASE_URL) return [];
  return /echo ([^)]*)\)/.exec(start)?.[1]?.trim().split(/\s+/) ?? [];
}

/** This process's own node flags, without the loader and the profiler. */
function nodeFlags(): string[] {
  return process.execArgv.filter((a, k, all) => a !== '--import' && all[k - 1] !== '--import' && !a.startsWith('--cpu-prof'));
}

/**
 * `--profile DIR`: V8 CPU profiles of every thread (node --cpu-prof), and the functions that took
 * the most time while the runs were under way (from the POST to the finished run read), over all
 * threads: the engine's worker, the main thread and the database (PGlite runs in the main thread).
 */
function summariseProfiles(dir: string, windowsFile: string, since: number) {
  const windows = readFileSync(windowsFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number) as [number, number]);
  const self = new Map<string, number>();
  const threads: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && statSync(`${dir}/${f}`).mtimeMs >= since)) {
    const profile = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
      startTime: number;
    };
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let t = profile.startTime;
    let busy = 0;
    for (let k = 0; k < profile.samples.length; k++) {
      t += profile.timeDeltas[k] ?? 0;
      const frame = frames.get(profile.samples[k]!)!;
      if (frame.functionName === '(idle)' || !windows.some(([a, b]) => t >= a && t <= b)) continue;
      const us = profile.timeDeltas[k + 1] ?? 0;
      busy += us;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-3).join('/')}:${frame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + us);
    }
    if (busy > 0) threads.push(`${file}: ${Math.round(busy / 1000)} ms sampled`);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  process.stdout.write(
    [
      `CPU profiles in ${dir}, during the ${windows.length} runs:`,
      ...threads.map((x) => `  ${x}`),
      '  self time (ms), all threads:',
      ...top.map(([k, us]) => `  ${String(Math.round(us / 1000)).padStart(6)}  ${k}`),
    ].join('\n') + '\n',
  );
}

if (args.includes('--engine')) engineAlone();
else if (args.includes('--child')) process.exitCode = await main();
else {
  // The measuring process, started with the server's flags (and, with --profile, the profiler).
  const profile = option('--profile');
  const windowsFile = profile ? `${profile}/runs-${process.pid}.txt` : undefined;
  const since = Date.now();
  const child = spawnSync(
    process.execPath,
    [
      ...serverFlags(),
      ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      ...args,
      '--child',
      ...(windowsFile ? ['--marks', windowsFile] : []),
    ],
    { stdio: 'inherit' },
  );
  if (profile && windowsFile) summariseProfiles(profile, windowsFile, since);
  process.exitCode = child.status ?? 1;
}
