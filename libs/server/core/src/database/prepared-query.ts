import type { DataSource } from 'typeorm';

/**
 * Runs a fixed statement that every request executes (e.g. resolving the caller) as a named
 * prepared statement: PostgreSQL parses and plans it once per pooled connection instead of on every
 * call, where planning cost more than running it (0.5 ms vs 0.2 ms for the principal at 1M
 * customers). Only for statements outside a transaction; `name` must be unique per statement text.
 */
export async function preparedQuery<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> } }).master;
  const { rows } = await pool.query({ name, text, values });
  return rows;
}
