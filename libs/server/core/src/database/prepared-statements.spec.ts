import { Client } from 'pg';
import { coreMigrations } from '../migrations';
import { createTestDatabase } from '../testing/test-database';
import { PreparedStatements } from './prepared-statements';

describe('prepared statements', () => {
  let url: string;
  let drop: () => Promise<void>;
  let prepared: PreparedStatements;
  let admin: Client;

  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase(coreMigrations));
    prepared = new PreparedStatements(url);
    admin = new Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await prepared.onModuleDestroy();
    await admin.end();
    await drop();
  });

  const backends = async () =>
    (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'kehu-prepared' AND datname = current_database()`)).rows.map(
      (r) => r.pid,
    );

  it('plans a statement once per connection (generic plan, serial) and answers with its rows', async () => {
    const text = 'SELECT $1::int * 2 AS doubled';
    for (const n of [1, 2, 3]) expect(await prepared.query<{ doubled: number }>(text, [n])).toEqual([{ doubled: n * 2 }]);
    const mode = await prepared.query<{ plan_cache_mode: string }>('SELECT current_setting($1) AS plan_cache_mode', ['plan_cache_mode']);
    expect(mode[0].plan_cache_mode).toBe('force_generic_plan');
    // Serial: a page's statement never waits for parallel workers to start.
    const workers = await prepared.query<{ n: string }>('SELECT current_setting($1) AS n', ['max_parallel_workers_per_gather']);
    expect(workers[0].n).toBe('0');
    const [statement] = await prepared.query<{ generic_plans: string }>(
      `SELECT generic_plans FROM pg_prepared_statements WHERE statement = $1`,
      [text],
    );
    expect(Number(statement.generic_plans)).toBeGreaterThanOrEqual(1);
  });

  it('applies a session setting once per connection and keeps it', async () => {
    const read = () => prepared.query<{ v: string }>(`SELECT current_setting('pg_trgm.similarity_threshold', true) AS v`, [], { 'pg_trgm.similarity_threshold': '0.45' });
    expect((await read())[0].v).toBe('0.45');
    expect((await read())[0].v).toBe('0.45');
  });

  it('keeps a connection across statements until it has prepared its limit of distinct ones, then replaces it', async () => {
    const limited = new PreparedStatements(url, { maxStatementsPerConnection: 3 });
    try {
      const pidFor = async (n: number) => (await limited.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid, ${n} AS n`, []))[0].pid;
      // One at a time, so the pool hands out its one idle connection each time.
      const first = await pidFor(1);
      expect(await pidFor(1)).toBe(first);
      expect(await pidFor(2)).toBe(first);
      expect(await pidFor(1)).toBe(first);
      // The third distinct statement reaches the limit: answered, then the connection is closed.
      expect(await pidFor(3)).toBe(first);
      const next = await pidFor(1);
      expect(next).not.toBe(first);
      expect(await pidFor(2)).toBe(next);
    } finally {
      await limited.onModuleDestroy();
    }
  });

  it('survives the loss of its idle connections and reconnects', async () => {
    await prepared.query('SELECT 1 AS one', []);
    const pids = await backends();
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    // The pool sees the idle connection die (an 'error' event that, unhandled, would end the process).
    for (let i = 0; i < 50 && (await backends()).length; i++) await new Promise((r) => setImmediate(r));
    expect(await prepared.query<{ one: number }>('SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
  });
});
