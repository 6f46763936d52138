// Customer benchmarks (run by run.mjs against the started API and its database):
//   (a) duplicate check p95 at BENCH_CUSTOMERS customers, (b) list/search p95 as admin (ALL) and
//   as a SELF-scope rep, (c) import throughput through POST /customers/import, plus EXPLAIN of
//   every search path. Loopback only, bounded loops.
import pg from 'pg';
import { pinyin } from 'pinyin-pro';
import { company, generateCustomers, personName, rng } from '../generate/customers.mjs';
import { load } from './load.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);

async function api(base, token, method, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function login(base, username, password) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return (await res.json()).accessToken;
}

/** Round-robin over a fixed list of paths. */
function rotating(base, token, paths) {
  let i = 0;
  let told = false;
  return async () => {
    const path = paths[i++ % paths.length];
    const res = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    // The first refusal of a run says why (load.mjs refuses figures made of error answers).
    if (!res.ok && !told) console.error(`\n${res.status} GET ${path}: ${body.slice(0, 300)}`), (told = true);
    return res.ok;
  };
}

export async function customerBenchmarks({ base, adminToken, pgUrl }) {
  const count = env('BENCH_CUSTOMERS', 1_000_000);
  const ownersWanted = env('BENCH_OWNERS', 40);
  const importRows = env('BENCH_IMPORT_ROWS', 100_000);
  const seconds = env('BENCH_SECONDS', 5);
  const concurrency = env('BENCH_QUERY_CONCURRENCY', 4);
  const password = 'Bench-rep-pass-1';
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const results = {};
  try {
    // Owners: sales reps over four departments (reused when BENCH_DATA_DIR kept them from an earlier run).
    let owners = (await client.query(`SELECT id, department_id AS "departmentId" FROM app_user WHERE username ~ '^rep[0-9]+$' ORDER BY substr(username, 4)::int`)).rows;
    if (owners.length < ownersWanted) {
      const roles = await api(base, adminToken, 'GET', '/roles');
      const repRole = roles.find((r) => r.code === 'sales_rep').id;
      const departments = [];
      for (const name of ['华东销售部', '华南销售部', '华北销售部', '大客户部']) departments.push((await api(base, adminToken, 'POST', '/departments', { name })).id);
      owners = [];
      for (let i = 0; i < ownersWanted; i++) {
        const departmentId = departments[i % departments.length];
        const u = await api(base, adminToken, 'POST', '/users', { username: `rep${i}`, displayName: `销售${i}`, password, roleIds: [repRole], departmentId });
        owners.push({ id: u.id, departmentId });
      }
    }
    // As if each rep had chosen the bench password: an admin-set password confines the user to
    // change-password until then, and every rep request would be refused.
    await client.query(`UPDATE app_user SET must_change_password = false WHERE username ~ '^rep[0-9]+$' AND must_change_password`);
    const repToken = await login(base, 'rep0', password);

    // Rows of an earlier import benchmark on a kept database go first, so every run imports into the same data.
    // Foreign-key checks are switched off for this (the checks of customer.merged_into_id and of partial indexes
    // scan whole tables per deleted row): everything that references these rows is deleted first.
    // (Triggers are off too: the customer view's and the cascades, so each of the customer's tables is deleted from.)
    const imported = `SELECT id FROM customer_profile WHERE code NOT LIKE 'KHG%'`;
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    for (const table of ['contact', 'customer_history', 'customer_team_member', 'follow_up']) await client.query(`DELETE FROM ${table} WHERE customer_id IN (${imported})`);
    for (const table of ['customer_owned', 'customer_state']) await client.query(`DELETE FROM ${table} WHERE id IN (${imported})`);
    const removed = (await client.query(`DELETE FROM customer_profile WHERE code NOT LIKE 'KHG%'`)).rowCount;
    await client.query('COMMIT');
    if (removed) await client.query('VACUUM ANALYZE customer_profile, customer_state, customer_owned, contact, customer_history');
    const existing = Number((await client.query(`SELECT count(*) FROM customer WHERE code LIKE 'KHG%'`)).rows[0].count);
    const missing = Math.max(0, count - existing);
    console.log(`\nGenerating ${missing.toLocaleString()} customers over ${owners.length} owners (${existing.toLocaleString()} already there)…`);
    const gen = missing
      ? await generateCustomers(client, { count: missing, owners, seed: 42, dropIndexes: true, log: (line) => process.stdout.write(`\r${line}   `) })
      : { customers: 0, contacts: 0, seconds: 0 };
    console.log(`\n  ${gen.customers.toLocaleString()} customers + ${gen.contacts.toLocaleString()} contacts in ${gen.seconds} s (${Math.round(gen.customers / (gen.seconds || 1))}/s, indexes rebuilt at the end)`);
    results.generate = gen;
    // As autovacuum leaves a table some time after a migration rewrote its rows (a kept database may just have
    // been migrated): dead row versions pruned, the visibility map set for index-only counts, statistics fresh.
    await client.query('VACUUM ANALYZE customer_profile, customer_state, customer_owned, contact');
    await client.query('SELECT pg_stat_reset()');
    await prewarm(client);

    if (process.env.BENCH_ONLY !== 'import') await queryBenchmarks({ base, adminToken, repToken, client, count, seconds, concurrency, owners, results });
    if (importRows > 0 && process.env.BENCH_ONLY !== 'queries') results.import = await importBenchmark({ base, adminToken, count, importRows });
    // Which indexes the runs above used: an index nobody scans still costs every imported row.
    const { rows: usage } = await client.query(
      `SELECT indexrelname AS index, idx_scan AS scans, pg_size_pretty(pg_relation_size(indexrelid)) AS size
         FROM pg_stat_user_indexes WHERE relname IN ('customer_profile', 'customer_state', 'customer_owned', 'contact') ORDER BY relname, idx_scan DESC, indexrelname`,
    );
    console.log('\nIndex use during this run (pg_stat_user_indexes, the customer tables and contact):');
    console.table(Object.fromEntries(usage.map((u) => [u.index, { scans: Number(u.scans), size: u.size }])));
    results.indexUse = usage;
    return results;
  } finally {
    await client.end();
  }
}

/**
 * Steady state, as on a server that has been running: the customer and contact tables and their indexes
 * are loaded into PostgreSQL's cache first (each run restarts PostgreSQL with an empty cache, and the
 * first minutes would otherwise read pages through the operating system's cache at 10–25 µs each).
 */
export async function prewarm(client) {
  await client.query(`CREATE EXTENSION IF NOT EXISTS pg_prewarm`);
  const warmed = await client.query(
    `SELECT sum(pg_prewarm(c.oid::regclass))::bigint AS blocks FROM pg_class c
      WHERE c.relkind IN ('r', 'i') AND c.relnamespace = current_schema()::regnamespace
        AND (c.relname LIKE 'customer%' OR c.relname LIKE 'contact%')`,
  );
  console.log(`\nPrewarmed ${Number(warmed.rows[0].blocks).toLocaleString()} blocks of customer and contact tables and indexes`);
}

/** (a) duplicate check, (b) list/search, and EXPLAIN of each search path. */
async function queryBenchmarks({ base, adminToken, repToken, client, count, seconds, concurrency, owners, results }) {
    // Query material drawn from the data: real trade names, names, phones.
    // 1 % of the pages at scale; every page of a small database (1 % of a few hundred pages may be none).
    const percent = count >= 100_000 ? 1 : 100;
    const sample = (await client.query(`SELECT short_name, name, phone FROM customer_profile TABLESAMPLE SYSTEM (${percent}) WHERE deleted_at IS NULL AND name ~ '[一-龥]' LIMIT 200`)).rows;
    const contactNames = (await client.query(`SELECT name FROM contact TABLESAMPLE SYSTEM (${percent}) WHERE name ~ '^[一-龥]+$' LIMIT 50`)).rows;
    const latin = (await client.query(`SELECT short_name FROM customer WHERE name !~ '[一-龥]' LIMIT 50`)).rows;
    const mobiles = (await client.query(`SELECT mobile FROM contact TABLESAMPLE SYSTEM (${percent}) LIMIT 50`)).rows;
    const q = (s) => encodeURIComponent(s);
    const twoChar = sample.map((s) => [...s.short_name].slice(0, 2).join(''));
    const longer = sample.map((s) => s.name.slice(0, 6));
    const latinQ = latin.map((s) => s.short_name.split(' ')[0].toLowerCase());
    const phones = sample.map((s) => s.phone);
    const mobileQ = mobiles.map((m) => m.mobile);
    // Pinyin as a rep types it: a trade name in full pinyin ("chunyikongtiao"), its initials ("cykt"), a contact's
    // name in full pinyin ("wangjianguo"), and — outside the mixes — a trade name's first syllable and the next letter
    // ("chuny"), the widest prefix read as pinyin (one syllable is not: pinyin-keys.ts), what search-as-you-type sends first.
    const syllablesOf = (text) => pinyin(text, { toneType: 'none', type: 'array', v: true });
    const pinyinFull = sample.map((s) => syllablesOf(s.short_name).join(''));
    const pinyinInitials = sample.map((s) => syllablesOf(s.short_name).map((x) => x[0]).join(''));
    const pinyinContact = contactNames.map((c) => syllablesOf(c.name).join(''));
    const pinyinShortPrefix = sample.map((s) => syllablesOf(s.short_name)).map(([first, second]) => first + second[0]);
    const mix = (lists, n = 200) => Array.from({ length: n }, (_, i) => lists[i % lists.length][Math.floor(i / lists.length) % lists[i % lists.length].length]);

    // ---- EXPLAIN of each search path ----
    const explain = async (label, sql, params) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
      const plan = rows[0]['QUERY PLAN'][0];
      const scans = [];
      const walk = (node) => {
        if (/Scan/.test(node['Node Type'])) scans.push(`${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}${node['Relation Name'] && !node['Index Name'] ? ` ${node['Relation Name']}` : ''}`);
        (node.Plans ?? []).forEach(walk);
      };
      walk(plan.Plan);
      const entry = { ms: +plan['Execution Time'].toFixed(1), scans: [...new Set(scans)].join(', ') };
      results.explain ??= {};
      results.explain[label] = entry;
      return entry;
    };
    const repId = owners[0].id;
    // The product's SQL shapes: a search applies the scope as one condition (team as = ANY(ARRAY(…))); a list
    // without search reads each scope branch (mine, my teams') in list order, selecting only id and sort keys; the
    // caller's own branch walks customer_owned.
    const scopeSql = `(c.owner_id = $9 OR c.id = ANY(ARRAY(SELECT t.customer_id FROM customer_team_member t WHERE t.user_id = $9)))`;
    const created = 'c.created_at DESC NULLS LAST, c.id DESC NULLS LAST';
    const selfBranchesSql = (order = created) =>
      `SELECT u.id FROM ((SELECT c.id, c.created_at FROM customer_owned c WHERE c.deleted_at IS NULL AND c.owner_id = $1 ORDER BY ${order} LIMIT 20)
         UNION ALL (SELECT c.id, c.created_at FROM customer c WHERE c.deleted_at IS NULL AND c.id = ANY(ARRAY(SELECT t.customer_id FROM customer_team_member t WHERE t.user_id = $1))
                     AND c.owner_id IS DISTINCT FROM $1 ORDER BY ${order} LIMIT 20)) u ORDER BY u.created_at DESC NULLS LAST, u.id DESC NULLS LAST LIMIT 20`;
    const like = (s) => `%${s.toLowerCase()}%`;
    const listSql = (where, order = created) => `SELECT c.* FROM customer c WHERE c.deleted_at IS NULL AND ${where} ORDER BY ${order} LIMIT 20`;
    // The list counts up to 1,000 (CUSTOMER_COUNT_CAP).
    const countSql = (where, relation = 'customer') => `SELECT count(*) FROM (SELECT 1 FROM ${relation} c WHERE c.deleted_at IS NULL AND ${where} LIMIT 1001) capped`;
    // As DuplicateCheckService: exact name, trigram similarity ≥ 0.45 (queries of 6+ characters), ≤ 200 containment candidates.
    await client.query(`SET pg_trgm.similarity_threshold = 0.45`);
    const dupSql = `SELECT id FROM customer WHERE deleted_at IS NULL AND normalized_name = $1
                    UNION SELECT id FROM customer WHERE deleted_at IS NULL AND length($1) >= 6 AND normalized_name % $1
                    UNION (SELECT id FROM customer WHERE deleted_at IS NULL AND name_bigrams @> $2::text[] LIMIT 200)
                    UNION SELECT id FROM customer WHERE deleted_at IS NULL AND normalized_phone = $3
                    UNION SELECT customer_id FROM contact WHERE deleted_at IS NULL AND normalized_mobile = $3`;
    console.log('\nEXPLAIN ANALYZE of the search paths:');
    const bg = (s) => [...s].slice(0, -1).map((c, i) => c + [...s][i + 1]);
    const t2 = twoChar[0];
    const longQ = longer[0].replace(/[市]/g, '');
    await explain(`duplicate check "${t2}" (2 chars)`, dupSql, [t2, bg(t2), null]);
    await explain(`duplicate check "${longQ}" (longer)`, dupSql, [longQ, bg(longQ), null]);
    await explain(`duplicate check phone`, dupSql, ['', [], phones[0].replace(/\D/g, '')]);
    await explain(`list q="${t2}" (bigrams) admin`, listSql(`c.name_bigrams @> $1::text[]`), [bg(t2)]);
    await explain(`count q="${t2}" (bigrams) admin`, countSql(`c.name_bigrams @> $1::text[]`), [bg(t2)]);
    await explain(`list q="${longQ}" (trigram LIKE) admin`, listSql(`c.search_text LIKE $1`), [like(longQ)]);
    await explain(`list q="${latinQ[0]}" (trigram LIKE) admin`, listSql(`c.search_text LIKE $1`), [like(latinQ[0])]);
    if (pinyinFull.length) {
      // As pinyin-keys.ts pinyinPrefixMatch: a key starting with the query — its first 12 letters through
      // customer_pinyin_prefix_idx (the keys cut to 12 letters), then the whole key on the rows found.
      const pinyinMatch = `array_to_tsvector(array_remove(string_to_array(regexp_replace(c.pinyin_keys, '(\\S{12})\\S+', '\\1', 'g'), ' '), ''))
                             @@ (left($1::text, 12) || ':*')::tsquery AND strpos(' ' || c.pinyin_keys, ' ' || $1::text) > 0`;
      await explain(`list q="${pinyinFull[0]}" (pinyin) admin`, listSql(pinyinMatch), [pinyinFull[0]]);
      await explain(`list q="${pinyinInitials[0]}" (pinyin initials) admin`, listSql(pinyinMatch), [pinyinInitials[0]]);
      await explain(`list q="${pinyinShortPrefix[0]}" (pinyin syllable + 1) admin`, listSql(pinyinMatch), [pinyinShortPrefix[0]]);
      await explain(`count q="${pinyinShortPrefix[0]}" (pinyin syllable + 1) admin`, countSql(pinyinMatch), [pinyinShortPrefix[0]]);
    }
    await explain(`list industry=hvac sort=-createdAt admin`, listSql(`c.industry = $1`), ['hvac']);
    await explain(`count industry=hvac admin`, countSql(`c.industry = $1`), ['hvac']);
    await explain(`list no filter admin`, listSql('true'), []);
    await explain(`count no filter admin`, countSql('true'), []);
    await explain(`list sort=name admin`, listSql('true', 'c.name ASC NULLS LAST, c.id ASC NULLS LAST'), []);
    await explain(`list SELF rep (branches)`, selfBranchesSql(), [repId]);
    await explain(`count SELF rep industry=hvac`, countSql(`c.industry = 'hvac' AND c.owner_id = $1`, 'customer_owned'), [repId]);
    await explain(`list q="${t2}" SELF rep`, listSql(`c.name_bigrams @> $2::text[] AND ${scopeSql.replace(/\$9/g, '$1')}`), [repId, bg(t2)]);
    console.table(results.explain);

    // ---- (a) duplicate check ----
    const pinyinQ = pinyinFull.length ? [pinyinFull, pinyinInitials] : [];
    const dupPaths = mix([twoChar, longer, latinQ, phones, mobileQ, ...pinyinQ]).map((s) => `/customers/duplicates?q=${q(s)}`);
    results.duplicates = await load(rotating(base, adminToken, dupPaths), { seconds, concurrency });
    // ---- (b) list / search ----
    const listPaths = mix([
      twoChar.map((s) => `/customers?q=${q(s)}`),
      longer.map((s) => `/customers?q=${q(s)}`),
      latinQ.map((s) => `/customers?q=${q(s)}`),
      phones.map((s) => `/customers?q=${q(s)}`),
      ...[...pinyinQ, ...(pinyinContact.length ? [pinyinContact] : [])].map((list) => list.map((s) => `/customers?q=${q(s)}`)),
      ['/customers?industry=hvac&sort=-createdAt', '/customers?status=POTENTIAL&region=jiangsu', '/customers?sort=name', '/customers', '/customers?level=major&sort=-updatedAt', '/customers?hasOverdueReminder=true'],
    ]);
    results.listAdmin = await load(rotating(base, adminToken, listPaths), { seconds, concurrency });
    results.listRep = await load(rotating(base, repToken, listPaths), { seconds, concurrency });
    // Per-kind figures for the admin, to see which path is slow.
    const kinds = {
      'q 2-char (bigrams)': twoChar.map((s) => `/customers?q=${q(s)}`),
      'q longer Chinese': longer.map((s) => `/customers?q=${q(s)}`),
      'q Latin': latinQ.map((s) => `/customers?q=${q(s)}`),
      'q phone': phones.map((s) => `/customers?q=${q(s)}`),
      ...(pinyinFull.length
        ? {
            'q pinyin (full)': pinyinFull.map((s) => `/customers?q=${q(s)}`),
            'q pinyin (initials)': pinyinInitials.map((s) => `/customers?q=${q(s)}`),
            'q pinyin (contact name)': pinyinContact.map((s) => `/customers?q=${q(s)}`),
            'q pinyin (syllable + 1 letter; not in the mixes)': pinyinShortPrefix.map((s) => `/customers?q=${q(s)}`),
          }
        : {}),
      'filters + sort': ['/customers?industry=hvac&sort=-createdAt', '/customers?status=POTENTIAL&region=jiangsu', '/customers?level=major&sort=-updatedAt'],
      'no filter / sort=name': ['/customers', '/customers?sort=name'],
      // The SPA's sortable columns whose values many customers lack (read as two walks, customers.service.ts).
      'sort by deadline / contact / code': ['/customers?sort=protectionUntil', '/customers?sort=-protectionUntil', '/customers?sort=-lastContactAt', '/customers?sort=nextContactAt', '/customers?sort=-code'],
      // Five values over every customer: ties along customer_status_idx (parseSort's thenBy).
      'sort by status': ['/customers?sort=status', '/customers?sort=-status', '/customers?sort=status&region=jiangsu'],
    };
    results.listByKind = {};
    for (const [kind, paths] of Object.entries(kinds)) results.listByKind[kind] = await load(rotating(base, adminToken, paths), { seconds: Math.max(2, seconds / 2), concurrency });
    // The rep's "my protected customers" page (apps/web my-protected.vue), every stage or one status.
    const myProtected = [
      '/customers?mine=true&stage=POTENTIAL_PENDING&stage=POTENTIAL_PROTECTED&stage=POTENTIAL_REJECTED&stage=INTENT&sort=protectionUntil,name',
      '/customers?mine=true&status=INTENT&sort=protectionUntil,name',
    ];
    results.listByKind['my protected customers (rep)'] = await load(rotating(base, repToken, myProtected), { seconds: Math.max(2, seconds / 2), concurrency });
    // The pool page (apps/web pool.vue) with its filters and sorts: every reason, a rare one, a filter on top, by name and code.
    const poolPages = ['/customers/pool', '/customers/pool?poolReason=ABANDONED', '/customers/pool?poolReason=EXPIRED&region=jiangsu', '/customers/pool?sort=name&industry=hvac', '/customers/pool?sort=-code&region=jiangsu'];
    results.listByKind['pool page (rep)'] = await load(rotating(base, repToken, poolPages), { seconds: Math.max(2, seconds / 2), concurrency });

    console.log(`\nDuplicate check and list/search at ${count.toLocaleString()} customers, ${concurrency} concurrent clients, ${seconds} s each`);
    console.table({
      'GET /customers/duplicates?q= (mix) admin': results.duplicates,
      'GET /customers?q=… & filters, admin (ALL)': results.listAdmin,
      'GET /customers?q=… & filters, rep (SELF)': results.listRep,
    });
    console.log('List/search by kind (admin):');
    console.table(results.listByKind);
    console.log(`targets: duplicate check p95 ≤ 30 ms, list/search p95 ≤ 50 ms`);
}

/** (c) import throughput: dry run, commit, and the same file again (all duplicates). */
async function importBenchmark({ base, adminToken, count, importRows }) {
      const r = rng(7);
      const lines = ['客户名称,简称,行业,地区,地址,电话,客户描述,客户级别,联系人,联系人手机'];
      for (let i = 0; i < importRows; i++) {
        const c = company(r);
        // A branch number keeps the names apart from the generated ones; mobiles (19x) apart from landlines.
        const name = c.name.replace(/(股份有限公司|有限责任公司|集团有限公司|有限公司|Co\., Ltd\.|Ltd\.|Limited|Inc\.|Corporation|GmbH|LLC)$/, (m) => ` 第${i + 1}分部 ${m}`);
        lines.push([`"${name}"`, `"${c.shortName}"`, c.industry, 'jiangsu', `"江苏省某市某路 ${i} 号"`, `19${String(100_000_000 + i).slice(0, 9)}`, '批量导入基准', '普通客户', personName(r), `17${String(200_000_000 + i)}`].join(','));
      }
      const file = new Blob([lines.join('\n')], { type: 'text/csv' });
      const post = async (query) => {
        const form = new FormData();
        form.append('file', file, 'bench.csv');
        const started = performance.now();
        const res = await fetch(`${base}/api/v1/customers/import${query}`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: form });
        const body = await res.json();
        const s = (performance.now() - started) / 1000;
        if (!res.ok) throw new Error(`import: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        return { rows: importRows, seconds: +s.toFixed(2), rowsPerSecond: Math.round(importRows / s), ...body.totals };
      };
      console.log(`\nImporting ${importRows.toLocaleString()} rows (${(file.size / 1e6).toFixed(1)} MB CSV) through POST /customers/import into ${count.toLocaleString()} customers…`);
      // The importer owns what it imports, and an import respects `maxOwnedCustomers` (200 by default): the
      // benchmark's administrator may own them all, as an administrator migrating a customer base would.
      const rule = (method, body) =>
        fetch(`${base}/api/v1/settings/rules/maxOwnedCustomers`, {
          method,
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
          body: body && JSON.stringify(body),
        });
      if (!(await rule('PUT', { value: 10_000_000 })).ok) throw new Error('could not raise maxOwnedCustomers for the import');
      try {
        const result = { 'dry run': await post('?dryRun=true'), commit: await post(''), 're-import (all duplicate)': await post('') };
        console.table(result);
        return result;
      } finally {
        await rule('DELETE');
      }
}
