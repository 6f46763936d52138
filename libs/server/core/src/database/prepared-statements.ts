import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hot read statements (the caller's principal on every request, a customer list page) as named
 * prepared statements with generic plans, on a small pool of their own. Planning cost more than
 * running them: 0.5 ms vs 0.2 ms for the principal, 1.8–3.7 ms vs 3–13 ms for a search page at 1M
 * customers (docs/performance.md). Generic plans are forced (PostgreSQL would keep re-planning a
 * `LIKE $1` whose custom estimate looks cheaper), which is right only for statements whose plan does
 * not depend on the values: each of their scans is driven by one index whatever the parameters.
 * That setting is why they have their own connections: the ORM's statements keep custom plans. They
 * also run serially: a page's statement never waits for parallel workers to start.
 * Only for reads outside a transaction.
 *
 * A statement that depends on a session setting (e.g. pg_trgm's similarity threshold) passes it in
 * `settings`: it is applied once per connection and stays, so every statement reading that setting
 * must pass it — a transaction with `SET LOCAL` instead cost three more round trips a call.
 */
@Injectable()
export class PreparedStatements implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly logger = new Logger(PreparedStatements.name);

  /** Distinct statements one connection may hold prepared before it is replaced (bounds its memory). */
  private readonly maxStatementsPerConnection: number;

  constructor(databaseUrl: string, { maxStatementsPerConnection = 1000 } = {}) {
    this.maxStatementsPerConnection = maxStatementsPerConnection;
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: 10,
      application_name: 'kehu-prepared',
      // No parallel workers: a generic plan guesses thousands of rows for a `LIKE $1` that matches a few,
      // and a page read by up to 4 clients on 2 cores paid 40–200 ms to start workers for a 5 ms walk
      // (docs/performance.md, session 10).
      options: '-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0',
      // Connections are kept, not recycled on a timer or a use count: a new backend pays a page fault
      // the first time it touches each page of PostgreSQL's shared cache (≈ 20 µs per 8 kB buffer
      // here, 114 ms for a search reading 5,000 rows, 17 ms once the backend has them mapped;
      // docs/performance.md). Replaced only when it has prepared too many statements (below).
      idleTimeoutMillis: 0,
    });
    // An idle connection that dies (database restarted or stopping) is dropped by the pool; unhandled,
    // the event would end the process.
    this.pool.on('error', (error) => this.logger.warn(`Idle prepared-statement connection lost: ${error.message}`));
  }

  /** What each connection's session has been set to, so that a setting costs a round trip once. */
  private readonly applied = new WeakMap<PoolClient, Map<string, string>>();
  /** The statements each connection has prepared. */
  private readonly preparedOn = new WeakMap<PoolClient, Set<string>>();

  /** Runs `text` (positional `$n` parameters) prepared under a name derived from it, after `settings`. */
  async query<T>(text: string, values: unknown[], settings: Record<string, string> = {}): Promise<T[]> {
    const name = this.nameOf(text);
    const client = await this.pool.connect();
    let statements = this.preparedOn.get(client);
    if (!statements) this.preparedOn.set(client, (statements = new Set()));
    try {
      await this.apply(client, settings);
      statements.add(name);
      const { rows } = await client.query<T & ObjectLiteral>({ name, text, values });
      return rows;
    } finally {
      // Lists prepare one statement per combination of filters and sort: a bounded but large set.
      client.release(statements.size >= this.maxStatementsPerConnection);
    }
  }

  /** Statement names by text: hashing the text (SHA-1) on every call cost more than the lookup. */
  private readonly names = new Map<string, string>();

  private nameOf(text: string): string {
    let name = this.names.get(text);
    if (name === undefined) {
      // Bounded like the statements a connection holds: lists build one text per filter and sort combination.
      if (this.names.size >= this.maxStatementsPerConnection) this.names.clear();
      name = `kehu-${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
      this.names.set(text, name);
    }
    return name;
  }

  private async apply(client: PoolClient, settings: Record<string, string>): Promise<void> {
    let current = this.applied.get(client);
    if (!current) this.applied.set(client, (current = new Map()));
    for (const [setting, value] of Object.entries(settings)) {
      if (current.get(setting) === value) continue;
      await client.query('SELECT set_config($1, $2, false)', [setting, value]);
      current.set(setting, value);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Column types the PostgreSQL driver hydrates as they come (prepareHydratedValue changes only the
 * others: booleans, dates and times, numbers typed `Number`, enums, simple-array/json, hstore, cube,
 * vector).
 */
const HYDRATED_AS_IS = new Set<unknown>(['uuid', 'varchar', 'character varying', 'text', 'int', 'integer', 'int4', 'smallint', 'numeric', 'decimal', 'jsonb', 'json', 'char', 'citext', String]);

type ColumnHydrator = { databaseName: string; propertyName: string; asIs: true } | { databaseName: string; column: ColumnMetadata; asIs: false };
type ColumnMetadata = EntityMetadata['columns'][number];
const hydrators = new WeakMap<EntityMetadata, ColumnHydrator[]>();

/** How to set each column of `metadata` from a row, worked out once per entity. */
function hydratorsOf(metadata: EntityMetadata): ColumnHydrator[] {
  let plan = hydrators.get(metadata);
  if (!plan) {
    plan = metadata.columns.map((column) =>
      // A plain property of a type the driver passes through: assigned as is (the same value prepareHydratedValue and
      // setEntityValue would give, without testing the column's type against a dozen names for every row).
      !column.transformer && !column.embeddedMetadata && !column.isVirtual && !column.isArray && HYDRATED_AS_IS.has(column.type)
        ? { databaseName: column.databaseName, propertyName: column.propertyName, asIs: true as const }
        : { databaseName: column.databaseName, column, asIs: false as const },
    );
    hydrators.set(metadata, plan);
  }
  return plan;
}

/** Entities of `target` from rows that carry its columns under their database names (`SELECT t.* …`). */
export function hydrate<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, rows: ObjectLiteral[]): T[] {
  const metadata = db.getMetadata(target);
  const plan = hydratorsOf(metadata);
  return rows.map((row) => {
    const entity = metadata.create() as Record<string, unknown>;
    for (const c of plan) {
      if (c.asIs) entity[c.propertyName] = row[c.databaseName];
      else c.column.setEntityValue(entity, db.driver.prepareHydratedValue(row[c.databaseName], c.column));
    }
    return entity as T;
  });
}

/**
 * `sql` with named parameters (`:name`, `:...list`, as in the query builder) as positional SQL and
 * values, for `manager.query` and PreparedStatements — so fragments such as the data scope's can be
 * combined with hand-written SQL without renumbering `$n`.
 */
export function positional(db: Pick<DataSource, 'driver'>, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}
