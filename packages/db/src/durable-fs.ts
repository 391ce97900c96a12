/**
 * Durable commits for the embedded database (decision 0032).
 *
 * Out of the box, PGlite on Node starts PostgreSQL with `-F` (fsync off), its Emscripten NODEFS
 * has no `fsync` for files, and `fdatasync` (PostgreSQL's default way to flush the WAL on Linux)
 * is a no-op in its build: an acknowledged commit sits in the operating system's page cache and
 * is lost — or leaves the data directory inconsistent — if the machine loses power or crashes
 * before the kernel writes it back. Here PostgreSQL runs with fsync on and flushes the WAL with
 * `fsync()` (`wal_sync_method=fsync`), and NODEFS's `fsync` is implemented with a real
 * `fs.fsyncSync` on the file (or directory) in the data directory. A commit is acknowledged only
 * after its WAL is on disk, as on a PostgreSQL server; checkpoints flush data files the same way.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PGlite's start parameters, with fsync on and the WAL flushed by fsync(). */
export const durableStartParams = (): string[] => [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];

interface EmscriptenStream {
  nfd?: number;
  node: unknown;
}
interface EmscriptenModule {
  NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number }; realPath(node: unknown): string };
  FS: { ErrnoError: new (errno: number) => Error };
}

const EIO = 29; // Emscripten's errno for EIO: PostgreSQL PANICs on a failed fsync rather than go on

export class DurableNodeFS extends NodeFS {
  /** `onFsync` is told the host path of every fsync done (for tests). */
  constructor(
    dataDir: string,
    private readonly onFsync?: (path: string) => void,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: Parameters<NodeFS['init']>[1]): ReturnType<NodeFS['init']> {
    const result = await super.init(pg, options);
    const preRun = (result.emscriptenOpts.preRun ?? []) as ((module: EmscriptenModule) => void)[];
    preRun.push((module) => {
      const { NODEFS, FS } = module;
      NODEFS.stream_ops.fsync = (stream) => {
        const path = NODEFS.realPath(stream.node);
        try {
          if (typeof stream.nfd === 'number') fsyncSync(stream.nfd);
          else {
            // Directories (PostgreSQL syncs them after creating or renaming files) have no open host fd.
            const fd = openSync(path, 'r');
            try {
              fsyncSync(fd);
            } finally {
              closeSync(fd);
            }
          }
        } catch {
          throw new FS.ErrnoError(EIO);
        }
        this.onFsync?.(path);
        return 0;
      };
    });
    result.emscriptenOpts.preRun = preRun as typeof result.emscriptenOpts.preRun;
    return result;
  }
}
