/** What the benchmarks share: starting a process and timing it to its first answer, and the result table. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
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

/** Starts a command and times it to the first 200 from `path` (the spawn included). */
export async function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  path: string,
  timeoutMs: number,
): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor(`${url}${path}`, child, () => output, timeoutMs);
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
