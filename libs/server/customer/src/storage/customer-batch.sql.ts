/** A profile column a batch writes from one array parameter (customer-import.service.ts's BATCH_FIELDS). */
export interface BatchColumn {
  column: string;
  type: 'uuid' | 'text' | 'smallint' | 'numeric';
  /** On update, a blank cell keeps what the customer has (the optional columns). */
  keep?: true;
  /** The SQL that turns the parameter's element into the column's value; the plain `v.column` if absent. */
  read?: string;
}

/**
 * The one statement that writes a batch of customers: every row comes from `unnest` of one array parameter a column
 * ($1 the customer ids, then the codes for an insert, then `fields`), so a batch of any size is one statement.
 * `insert` creates the customers, owned by $n+1 in department $n+2 with status $n+3, protected until $n+4;
 * `update` overwrites live customers by id, a blank optional cell keeping the stored value.
 */
export function customerBatchSql(kind: 'insert' | 'update', fields: readonly BatchColumn[]): string {
  const source: readonly BatchColumn[] = [
    { column: 'id', type: 'uuid' },
    ...(kind === 'insert' ? [{ column: 'code', type: 'text' as const }] : []),
    ...fields,
  ];
  const rows = `unnest(${source.map((f, i) => `$${i + 1}::${f.type}[]`).join(', ')}) AS v(${source.map((f) => f.column).join(', ')})`;
  if (kind === 'update') {
    const set = fields.map((f) => {
      const value = f.read ?? `v.${f.column}`;
      return `${f.column} = ${f.keep ? `coalesce(${value}, c.${f.column})` : value}`;
    });
    return `UPDATE customer_profile c SET ${set.join(', ')}, updated_at = now(), version = c.version + 1
              FROM ${rows}
             WHERE c.id = v.id AND c.deleted_at IS NULL`;
  }
  const n = source.length;
  // The profile and the lifecycle row (the customer baseline migration) in one statement, set-based, not through the customer view's row triggers.
  return `WITH profile AS (
            INSERT INTO customer_profile (${source.map((f) => f.column).join(', ')}, department_id, created_by, owner_hint)
            SELECT ${source.map((f) => f.read ?? `v.${f.column}`).join(', ')}, $${n + 2}::uuid, $${n + 1}::uuid, $${n + 1}::uuid
              FROM ${rows}
            RETURNING id, created_at, name, code, industry, region, level, grade
          )
          INSERT INTO customer_state (id, created_at, owner_id, status, review_state, protection_until, name, code, industry, region, level, grade)
          SELECT id, created_at, $${n + 1}::uuid, $${n + 3}, 'APPROVED', $${n + 4}::timestamptz, name, code, industry, region, level, grade FROM profile`;
}
