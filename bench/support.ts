/** What the benchmarks share: starting a process and timing it to its first answer, and the result table. */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** One line of a benchmark's table: its figure, the reference it is compared with and the ratio. */
export interface Row {
  goal: string;
  figure: string;
  reference: string;
  ratio: number;
  pass: boolean | null;
}

/**
 * `npm start`'s script as package.json has it, as arguments to `sh` (npm itself not in between: the
 * server is exec'd, so it is the process measured and stopped). `cpuProfileDir` writes a V8 CPU
 * profile of the server there: the flags go to node itself, since Node 20 refuses `--cpu-prof` in
 * NODE_OPTIONS.
 */
export function npmStart(cpuProfileDir?: string): [string, string] {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  if (!/^node .*scripts\/start\.mjs$/.test(script) || script.includes('&&'))
    throw new Error(`npm start's script has an unexpected shape: ${script}`);
  // The directory is one shell word whatever it holds (spaces, quotes, `$`): single-quoted, a `'` written as '\''.
  const dir = cpuProfileDir && `'${cpuProfileDir.replaceAll("'", "'\\''")}'`;
  return ['-c', `exec ${dir ? script.replace(/^node /, () => `node --cpu-prof --cpu-prof-dir=${dir} `) : script}`];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The process exited during start:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return performance.now() - started;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Started {
  child: ChildProcess;
  url: string;
  ms: number;
  stop(): Promise<void>;
}

/**
 * Starts a command and times it to the first 200 from `path` (the spawn included). With `logFile`
 * its output goes straight to that file, as a deployed server's would, instead of through a pipe that
 * this process reads: under load a request log read by the load generator would slow the generator
 * down for the logging server only.
 */
export async function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  path: string,
  timeoutMs: number,
  logFile?: string,
): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let piped = '';
  const fd = logFile ? openSync(logFile, 'w') : null;
  const output = () => (logFile ? readFileSync(logFile, 'utf8') : piped);
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, ...env },
    stdio: ['ignore', fd ?? 'pipe', fd ?? 'pipe'],
  });
  if (fd !== null) closeSync(fd);
  else {
    child.stdout!.on('data', (d: Buffer) => (piped += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (piped += d.toString()));
  }
  await waitFor(`${url}${path}`, child, output, timeoutMs);
  const ms = performance.now() - t0;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    child,
    url,
    ms,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** The median of the values (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints the table and the load average; exit code 1 when a budget is missed. */
export function printRows(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.goal.length));
  console.log(`\n${'goal'.padEnd(width)}  ${'figure'.padStart(9)}  ratio  result  reference`);
  for (const r of rows) {
    console.log(
      `${r.goal.padEnd(width)}  ${r.figure.padStart(9)}  ${r.ratio.toFixed(2).padStart(5)}  ${r.pass === null ? '     ' : r.pass ? 'PASS ' : 'FAIL '}   ${r.reference}`,
    );
  }
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(`\nload average ${load.join(' ')} on ${os.cpus().length} cores (ratio: figure / reference)`);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

/** Resident memory of a process and its children (`sh -c` runs the server as a child when it does not exec). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  const list = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(list) ? readFileSync(list, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  return own + children.reduce((sum, child) => sum + rssOf(Number(child)), 0);
}

/**
 * CPU time in milliseconds (user + system) a process has used, with its finished children (as the
 * kernel counts them for a parent that waited for them) and its living children; null when /proc
 * does not know the process.
 */
export function cpuMsOf(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name "(…)": state is field 3, utime 14, stime 15, cutime 16, cstime 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  const list = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(list) ? readFileSync(list, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  // USER_HZ is 100 on Linux.
  return ticks * 10 + children.reduce((sum, child) => sum + (cpuMsOf(Number(child)) ?? 0), 0);
}

/** Lots on the embedded database in `dataDir`, with the demo world, as the benchmarks start it. */
export const LOTS_ENV = (dataDir: string): Record<string, string> => ({
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  DEMO: 'on',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test', // plain http on loopback, as the browser tests (production cookies need https)
  SIGN_IN_RATE_LIMIT: '200',
  AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
});

/** A PostgreSQL server of its own for a benchmark, in a temporary folder (as `.ci/run` starts one), removed when stopped. */
export interface Postgres {
  /** An administrator's URL (database `postgres`). */
  url: string;
  stop(): Promise<void>;
}

/** LOTS_BENCH_DATABASE_URL when set; otherwise initdb + pg_ctl from PATH or /usr/lib/postgresql/<version>/bin. */
export async function benchPostgres(): Promise<Postgres> {
  const given = process.env.LOTS_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const { execFileSync } = await import('node:child_process');
  const { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } = await import('node:fs');
  const onPath = (name: string) => {
    try {
      return (
        execFileSync('sh', ['-c', `command -v ${name}`])
          .toString()
          .trim() || null
      );
    } catch {
      return null;
    }
  };
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = onPath('initdb') ? null : versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : null;
  const tool = (name: string) => (bin ? join(bin, name) : onPath(name));
  if (!tool('initdb') || !tool('pg_ctl')) throw new Error('No PostgreSQL found: install it or set LOTS_BENCH_DATABASE_URL');
  const dir = mkdtempSync(join(os.tmpdir(), 'lots-bench-pg-'));
  const port = await freePort();
  // PostgreSQL refuses to run as root: then as the postgres user, like .ci/run.
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const run = (command: string) =>
    asRoot
      ? execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' })
      : execFileSync('sh', ['-c', command], { stdio: 'pipe' });
  run(`'${tool('initdb')}' -D '${dir}/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8`);
  run(
    `'${tool('pg_ctl')}' -D '${dir}/data' -l '${dir}/log' -w -o "-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run(`'${tool('pg_ctl')}' -D '${dir}/data' -m immediate stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The password of the bench's coordinator (samordnare@bench.example), whom the benches create. */
export const BENCH_PASSWORD = 'bench-password-0123';

/** Signs the bench's coordinator in through better-auth and returns the session cookie. */
export async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'samordnare@bench.example', password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.includes('session_token='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}
