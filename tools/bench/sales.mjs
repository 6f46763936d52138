// Sales benchmarks (issue 20; run by run.mjs with BENCH_ONLY=sales or BENCH_SALES=1): generates
// BENCH_PRODUCTS products (default 20,000), BENCH_OPPORTUNITIES opportunities (default 300,000) with their
// stage history, and BENCH_QUOTE_LINES quote lines (default 1,000,000; five per quote) in set-based SQL,
// then measures p95 of the opportunity list (a SELF rep, a DEPARTMENT_AND_CHILDREN manager), the kanban
// load (GET /opportunities/kanban: every open column at once) and the funnel, and EXPLAINs each. Loopback only, bounded loops.
import pg from 'pg';
import { load } from './load.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);

export async function api(base, token, method, path, body) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export const login = async (base, username, password) =>
  (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })).json()).accessToken;

export function rotating(base, token, paths) {
  let i = 0;
  return () => fetch(`${base}/api/v1${paths[i++ % paths.length]}`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => (await r.arrayBuffer(), r.ok));
}

/** Sales reps (SELF) and one manager per department (DEPARTMENT_AND_CHILDREN), reused when already there. */
export async function people(base, adminToken, client, password) {
  let reps = (await client.query(`SELECT id, department_id AS "departmentId" FROM app_user WHERE username ~ '^srep[0-9]+$' ORDER BY substr(username, 5)::int`)).rows;
  if (!reps.length) {
    const roles = await api(base, adminToken, 'GET', '/roles');
    const role = (code) => roles.find((r) => r.code === code).id;
    const departments = [];
    for (const name of ['销售一区', '销售二区', '销售三区', '销售四区']) departments.push((await api(base, adminToken, 'POST', '/departments', { name })).id);
    for (let i = 0; i < 40; i++) {
      const departmentId = departments[i % 4];
      const u = await api(base, adminToken, 'POST', '/users', { username: `srep${i}`, displayName: `销售${i}`, password, roleIds: [role('sales_rep')], departmentId });
      reps.push({ id: u.id, departmentId });
    }
    for (let i = 0; i < 4; i++) await api(base, adminToken, 'POST', '/users', { username: `smgr${i}`, displayName: `主管${i}`, password, roleIds: [role('sales_manager')], departmentId: departments[i] });
  }
  await client.query(`UPDATE app_user SET must_change_password = false WHERE username ~ '^s(rep|mgr)[0-9]+$' AND must_change_password`);
  return reps;
}

async function generate(client, { products, opportunities, quoteLines, reps }) {
  const started = performance.now();
  const have = async (sql) => Number((await client.query(sql)).rows[0].n);
  const owners = reps.map((r) => r.id);
  const departments = reps.map((r) => r.departmentId);
  if ((await have(`SELECT count(*) AS n FROM product WHERE code LIKE 'BP%'`)) < products) {
    await client.query(
      `INSERT INTO product (code, name, model, spec, unit, list_price, tax_rate, status, stock_on_hand, search_text, search_bigrams)
       SELECT code, name, model, NULL, '台', (100 + (i * 37) % 50000)::numeric(18,2), 13, CASE WHEN i % 20 = 0 THEN 'DISCONTINUED' ELSE 'ON_SALE' END, i % 500,
              lower(code || ' ' || replace(name, ' ', '') || ' ' || model),
              ARRAY(SELECT DISTINCT substr(t, k, 2) FROM (SELECT lower(replace(name, ' ', '')) AS t) s, generate_series(1, greatest(length(t) - 1, 0)) k)
         FROM (SELECT i, 'BP' || lpad(i::text, 6, '0') AS code,
                      (ARRAY['春意','冬暖','夏凉','秋爽','海尔','格力','美的','奥克斯'])[1 + i % 8] || (ARRAY['变频挂机','定频柜机','中央空调','风管机','多联机'])[1 + (i / 8) % 5] || ' ' || i AS name,
                      'KFR-' || (20 + i % 80) || 'GW/' || i AS model
                 FROM generate_series(1, $1::int) i) g`,
      [products],
    );
  }
  if ((await have(`SELECT count(*) AS n FROM opportunity WHERE title LIKE '基准%'`)) < opportunities) {
    // Stages by i % 10: 3 lead, 2 qualified, 2 proposal, 1 negotiation, 1 won, 1 lost; 1 in 50 open ones unassigned.
    await client.query(
      `INSERT INTO opportunity (title, prospect_company, prospect_contact, prospect_phone, expected_amount, probability, expected_close_date, stage, status,
                                owner_id, department_id, stage_changed_at, created_at, closed_at, loss_reason)
       SELECT '基准商机' || i, '基准客户' || i || '有限公司', '联系人', '0523-8' || lpad((i % 10000000)::text, 7, '0'),
              (1000 + (i::bigint * 7919) % 2000000)::numeric(18,2), p.probability, DATE '2027-01-01' + (i % 365), p.stage,
              CASE WHEN p.stage = 'won' THEN 'WON' WHEN p.stage = 'lost' THEN 'LOST' WHEN i % 50 = 7 THEN 'UNASSIGNED' ELSE 'ASSIGNED' END,
              CASE WHEN i % 50 = 7 AND p.stage NOT IN ('won', 'lost') THEN NULL ELSE ($2::uuid[])[1 + i % cardinality($2::uuid[])] END,
              ($3::uuid[])[1 + i % cardinality($3::uuid[])],
              now() - (i % 400) * interval '1 day', now() - (i % 400 + 30) * interval '1 day',
              CASE WHEN p.stage IN ('won', 'lost') THEN now() - (i % 400) * interval '1 day' END,
              CASE WHEN p.stage = 'lost' THEN 'price' END
         FROM generate_series(1, $1::int) i
         CROSS JOIN LATERAL (SELECT (ARRAY['lead','lead','lead','qualified','qualified','proposal','proposal','negotiation','won','lost'])[1 + i % 10] AS stage) s
         CROSS JOIN LATERAL (SELECT s.stage, (CASE s.stage WHEN 'lead' THEN 10 WHEN 'qualified' THEN 30 WHEN 'proposal' THEN 50 WHEN 'negotiation' THEN 70 WHEN 'won' THEN 100 ELSE 0 END) AS probability) p`,
      [opportunities, owners, departments],
    );
    // History: entered as lead, then one row per stage passed up to the current one (won and lost from negotiation).
    await client.query(
      `INSERT INTO opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at)
       SELECT o.id, CASE WHEN k = 1 THEN NULL ELSE path[k - 1] END, path[k], o.created_at + k * interval '1 day'
         FROM opportunity o
         CROSS JOIN LATERAL (SELECT CASE o.stage WHEN 'lead' THEN ARRAY['lead'] WHEN 'qualified' THEN ARRAY['lead','qualified'] WHEN 'proposal' THEN ARRAY['lead','qualified','proposal']
                                    WHEN 'negotiation' THEN ARRAY['lead','qualified','proposal','negotiation'] ELSE ARRAY['lead','qualified','proposal','negotiation', o.stage] END AS path) s
         CROSS JOIN LATERAL generate_series(1, cardinality(path)) k
        WHERE o.title LIKE '基准%'`,
    );
  }
  const quotes = Math.ceil(quoteLines / 5);
  if ((await have(`SELECT count(*) AS n FROM quote WHERE number LIKE 'BQ%'`)) < quotes) {
    await client.query(
      `INSERT INTO quote (number, revision, opportunity_id, status, valid_until, header_discount_percent, subtotal, discount_total, net_total, tax_total, total)
       SELECT 'BQ' || lpad(i::text, 8, '0'), 1, o.id, (ARRAY['DRAFT','SENT','ACCEPTED','REJECTED','EXPIRED'])[1 + i % 5], DATE '2027-01-01' + (i % 365), 0, 0, 0, 0, 0, 0
         FROM generate_series(1, $1::int) i
         JOIN LATERAL (SELECT id FROM opportunity WHERE title = '基准商机' || (1 + (i * 3) % $2::int)) o ON true`,
      [quotes, opportunities],
    );
    await client.query(
      `INSERT INTO quote_line (quote_id, line_no, product_id, product_code, product_name, unit, quantity, list_price, unit_price, discount_percent, tax_rate, amount, net_amount, tax_amount)
       SELECT q.id, k, p.id, p.code, p.name, p.unit, k, p.list_price, p.list_price, 0, p.tax_rate, p.list_price * k, p.list_price * k, round(p.list_price * k * 0.13, 2)
         FROM (SELECT id, row_number() OVER (ORDER BY number) AS n FROM quote WHERE number LIKE 'BQ%') q
         CROSS JOIN generate_series(1, 5) k
         JOIN LATERAL (SELECT * FROM product WHERE code = 'BP' || lpad((1 + (q.n * 5 + k) % $1::int)::text, 6, '0')) p ON true`,
      [products],
    );
  }
  await client.query('ANALYZE product, opportunity, opportunity_stage_change, quote, quote_line');
  return { seconds: +((performance.now() - started) / 1000).toFixed(1) };
}

export async function salesBenchmarks({ base, adminToken, pgUrl }) {
  const products = env('BENCH_PRODUCTS', 20_000);
  const opportunities = env('BENCH_OPPORTUNITIES', 300_000);
  const quoteLines = env('BENCH_QUOTE_LINES', 1_000_000);
  const seconds = env('BENCH_SECONDS', 5);
  const concurrency = env('BENCH_QUERY_CONCURRENCY', 4);
  const password = 'Bench-sales-pass-1';
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const results = {};
  try {
    const reps = await people(base, adminToken, client, password);
    console.log(`\nGenerating ${products.toLocaleString()} products, ${opportunities.toLocaleString()} opportunities, ${quoteLines.toLocaleString()} quote lines…`);
    results.generate = await generate(client, { products, opportunities, quoteLines, reps });
    console.log(`  done in ${results.generate.seconds} s`);
    const rep = await login(base, 'srep0', password);
    const manager = await login(base, 'smgr0', password);

    const explain = async (label, sql, params) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      results.explain ??= {};
      results.explain[label] = { ms: +rows[0]['QUERY PLAN'][0]['Execution Time'].toFixed(1) };
    };
    const mgrDepts = (await client.query(`SELECT department_id FROM app_user WHERE username = 'smgr0'`)).rows.map((r) => r.department_id);
    await explain('list SELF rep', `SELECT * FROM opportunity o WHERE o.deleted_at IS NULL AND o.owner_id = $1 ORDER BY o.created_at DESC, o.id DESC LIMIT 20`, [reps[0].id]);
    await explain('list manager (department)', `SELECT * FROM opportunity o WHERE o.deleted_at IS NULL AND (o.owner_id = $1 OR o.department_id = ANY($2::uuid[])) ORDER BY o.created_at DESC, o.id DESC LIMIT 20`, [reps[0].id, mgrDepts]);
    // The kanban's two statements (GET /opportunities/kanban) for a manager: per-stage totals, and the first cards per stage.
    const open = `o.deleted_at IS NULL AND (o.owner_id = $1 OR o.department_id = ANY($2::uuid[])) AND o.status IN ('UNASSIGNED', 'ASSIGNED')`;
    const stages = `ARRAY['lead','qualified','proposal','negotiation']`;
    await explain('kanban totals manager', `SELECT o.stage, count(*), sum(o.expected_amount) FROM opportunity o WHERE ${open} AND o.stage = ANY(${stages}) GROUP BY o.stage`, [reps[0].id, mgrDepts]);
    await explain(
      'kanban cards manager',
      `SELECT card.* FROM opportunity card WHERE card.id IN (SELECT c.id FROM unnest(${stages}) AS s(stage)
         CROSS JOIN LATERAL (SELECT o.id FROM opportunity o WHERE ${open} AND o.stage = s.stage ORDER BY o.stage_changed_at DESC, o.id DESC LIMIT 20) c)`,
      [reps[0].id, mgrDepts],
    );
    await explain('kanban totals SELF rep', `SELECT o.stage, count(*), sum(o.expected_amount) FROM opportunity o WHERE o.deleted_at IS NULL AND o.owner_id = $1 AND o.status IN ('UNASSIGNED', 'ASSIGNED') AND o.stage = ANY(${stages}) GROUP BY o.stage`, [reps[0].id]);
    // The funnel's statement as the API sends it for an ALL-scope caller (scope fragment `true`).
    const funnelSql = `WITH f AS (SELECT o.id, o.stage, o.status, o.expected_amount, o.probability, o.expected_close_date, o.created_at, o.closed_at FROM opportunity o WHERE o.deleted_at IS NULL),
      by_stage AS (SELECT stage, count(*)::int AS n, sum(expected_amount)::text AS amount, round(sum(expected_amount * probability / 100), 2)::text AS weighted FROM f GROUP BY stage),
      reached AS (SELECT stage, count(*)::int AS n FROM (SELECT DISTINCT h.opportunity_id, h.to_stage AS stage FROM opportunity_stage_change h JOIN f ON f.id = h.opportunity_id) d GROUP BY stage),
      forecast AS (SELECT to_char(expected_close_date, 'YYYY-MM') AS month, count(*)::int AS n FROM f WHERE status IN ('UNASSIGNED', 'ASSIGNED') AND expected_close_date IS NOT NULL GROUP BY 1)
      SELECT (SELECT json_agg(by_stage) FROM by_stage), (SELECT json_agg(reached) FROM reached), (SELECT json_agg(forecast) FROM forecast)`;
    await explain('funnel ALL (whole table)', funnelSql, []);
    if (process.env.BENCH_PLANS) console.log((await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${funnelSql}`)).rows.map((r) => r['QUERY PLAN']).join('\n'));
    console.table(results.explain);

    const listPaths = ['/opportunities', '/opportunities?status=ASSIGNED', '/opportunities?sort=-expectedCloseDate', '/opportunities?stage=proposal', '/opportunities?q=' + encodeURIComponent('基准客户12')];
    results.listRep = await load(rotating(base, rep, listPaths), { seconds, concurrency });
    results.listManager = await load(rotating(base, manager, [...listPaths, '/opportunities?status=UNASSIGNED']), { seconds, concurrency });
    // The kanban page's one request: every open column's count, Σ amount and first 20 cards.
    const kanban = ['/opportunities/kanban', '/opportunities/kanban?expectedCloseFrom=2027-01-01&expectedCloseTo=2027-06-30'];
    results.kanbanRep = await load(rotating(base, rep, kanban), { seconds, concurrency });
    results.kanbanManager = await load(rotating(base, manager, kanban), { seconds, concurrency });
    results.funnelRep = await load(rotating(base, rep, ['/reports/funnel', '/reports/funnel?view=me&closeFrom=2027-01-01&closeTo=2027-06-30']), { seconds, concurrency });
    results.funnelManager = await load(rotating(base, manager, ['/reports/funnel', '/reports/funnel?closeFrom=2027-01-01&closeTo=2027-06-30']), { seconds, concurrency });
    results.funnelAdmin = await load(rotating(base, adminToken, ['/reports/funnel']), { seconds, concurrency });
    results.productSearch = await load(rotating(base, rep, ['/products?q=' + encodeURIComponent('冬暖'), '/products?q=kfr-35', '/products?status=ON_SALE&sort=name']), { seconds, concurrency });
    console.log(`\nSales endpoints, ${concurrency} concurrent clients, ${seconds} s each (ms):`);
    const { generate: _g, explain: _e, ...table } = results;
    console.table(table);
    return results;
  } finally {
    await client.end();
  }
}
