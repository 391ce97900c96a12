// @ts-check
/**
 * The `lots-match` command (contract: shared/specs/matching-cli.md, version 1).
 *
 *   lots-match INSTANCE.json [--out R.json] [--timing]
 *
 * Result JSON on stdout (or in the --out file), exit 0. Bad arguments, an unreadable or non-JSON
 * file, or an invalid instance: nothing on stdout, ONE line on stderr naming the place, exit 2.
 * Anything unexpected: one line on stderr, exit 1. Never a stack trace.
 */
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { solve } from './index.js';
import { readInstance } from './read.js';
import { validate } from './validate.js';

export const USAGE = `Usage: lots-match INSTANCE.json [--out RESULT.json] [--timing]

Computes the optimal mentor-adept assignment of INSTANCE.json: first as many adepts matched as
possible, then the highest total score; capacities, forbidden pairs (null score, missing edge,
below minScore) and locked pairs respected. The same input always gives the same output.

  INSTANCE.json     the instance ("-" reads standard input)
  --out FILE, -o    write the result to FILE instead of standard output
  --timing          add stats.ms (wall-clock milliseconds) to the result
  --help, -h        show this help
  --version         show the version

Input:  { "mentors": [{ "id", "capacity" }], "adepts": [{ "id" }],
          "scores": [[number|null, ...], ...]  or  "edges": [[adeptId, mentorId, score], ...],
          "locked": [[adeptId, mentorId], ...], "minScore": number }
Output: { "pairs": [{ "adept", "mentor", "score" }], "unmatched": [{ "adept", "reason" }],
          "matchedCount", "totalScore", "stats" }
Exit:   0 result written; 2 bad arguments, unreadable file, invalid JSON or instance; 1 internal error.
`;

/**
 * @typedef {object} Io
 * @property {(text: string) => void} stdout
 * @property {(text: string) => void} stderr
 * @property {(path: string) => string | Uint8Array} readFile path "-" = standard input; bytes are UTF-8
 * @property {(path: string, text: string) => void} writeFile
 */

/** @type {Io} */
const nodeIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path),
  writeFile: (path, text) => writeFileSync(path, text),
};

/** A failure to report on one line, with its exit code. */
class Failure extends Error {
  /** @param {string} message @param {number} code */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** @param {string} text */
const oneLine = (text) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** @param {unknown} error */
function systemReason(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/**
 * @param {string[]} args
 * @returns {{ help: boolean, version: boolean, input: string | null, out: string | null, timing: boolean }}
 */
function parseArgs(args) {
  const opts = {
    help: false,
    version: false,
    input: /** @type {string | null} */ (null),
    out: /** @type {string | null} */ (null),
    timing: false,
  };
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--help' || arg === '-h') opts.help = true;
    else if (arg === '--version') opts.version = true;
    else if (arg === '--timing') opts.timing = true;
    else if (arg === '--out' || arg === '-o') {
      const file = args[++k];
      if (file === undefined || file === '') throw new Failure(`lots-match: ${arg} needs a file name (see --help)`, 2);
      opts.out = file;
    } else if (arg.startsWith('--out=')) {
      if (arg.length === 6) throw new Failure('lots-match: --out needs a file name (see --help)', 2);
      opts.out = arg.slice(6);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new Failure(`lots-match: unknown option ${oneLine(arg)} (see --help)`, 2);
    } else if (opts.input !== null) {
      throw new Failure(`lots-match: one instance file expected, got ${oneLine(opts.input)} and ${oneLine(arg)} (see --help)`, 2);
    } else opts.input = arg;
  }
  return opts;
}

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return `lots-match ${pkg.version} (contract version 1)\n`;
}

/**
 * Runs the command. Never throws.
 * @param {string[]} args command-line arguments (without node and the script)
 * @param {Io} [io]
 * @returns {number} exit code
 */
export function main(args, io = nodeIo) {
  try {
    const opts = parseArgs(args);
    if (opts.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (opts.version) {
      io.stdout(version());
      return 0;
    }
    if (opts.input === null) throw new Failure('lots-match: missing INSTANCE.json (see --help)', 2);
    const name = opts.input === '-' ? 'stdin' : opts.input;

    const started = performance.now();
    let input;
    try {
      input = io.readFile(opts.input);
    } catch (error) {
      throw new Failure(`${name}: cannot read (${systemReason(error)})`, 2);
    }
    // The pairs (a scores matrix or an edges list) are read from the bytes straight into typed arrays
    // (read.js). Whenever that way does not apply, and whenever it finds the instance invalid, the file
    // is read the ordinary way, so that every message is the ordinary one.
    const fast = typeof input === 'string' ? undefined : readInstance(input);
    let checked = fast === undefined ? undefined : validate(fast);
    if (checked === undefined || !checked.ok) {
      const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.length).toString('utf8');
      /** @type {unknown} */
      let raw;
      try {
        raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (error) {
        throw new Failure(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, 2);
      }
      checked = validate(raw);
    }
    if (!checked.ok) throw new Failure(checked.errors[0], 2);
    const result = solve(checked.problem);
    if (opts.timing) result.stats.ms = Math.round((performance.now() - started) * 10) / 10;
    const json = `${JSON.stringify(result, null, 2)}\n`;

    if (opts.out !== null) {
      try {
        io.writeFile(opts.out, json);
      } catch (error) {
        throw new Failure(`${opts.out}: cannot write (${systemReason(error)})`, 2);
      }
    } else io.stdout(json);
    return 0;
  } catch (error) {
    if (error instanceof Failure) {
      io.stderr(`${oneLine(error.message)}\n`);
      return error.code;
    }
    io.stderr(`lots-match: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}
