// Contract benchmarks (issue 21; run by run.mjs with BENCH_ONLY=contracts or BENCH_CONTRACTS=1): generates
// BENCH_CONTRACTS contracts (default 1,000,000) with three lines each (3,000,000 lines), their numbers and
// revisions, in set-based SQL over BENCH_CONTRACT_CUSTOMERS customers (default 20,000, generated when fewer);
// then measures the contract list p95 for a SELF rep, a DEPARTMENT_AND_CHILDREN manager and finance (ALL),
// EXPLAINs each list statement, and measures contract-number allocation throughput with 16 concurrent
// clients (POST /contract-numbers). Loopback only, bounded loops.
import pg from 'pg';
import { generateCustomers } from '../generate/customers.mjs';
import { load } from './load.mjs';
import { api, login, people, rotating } from './sales.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);

/**
 * Contracts numbered BHT{period}-{i}, owned by the bench reps, over the given customers; statuses by
 * i % 10 (2 DRAFT, 1 PENDING_APPROVAL, 1 APPROVED, 4 ACTIVE, 1 COMPLETED, 1 TERMINATED); lines k = 1..3
 * of product (i·3 + k) with quantity k at list price, so every total adds up as the API would price it.
 */
export async function generateContracts(client, { contracts, customers, reps }) {
  const started = performance.now();
  const have = Number((await client.query(`SELECT count(*) AS n FROM contract WHERE number LIKE 'BHT%'`)).rows[0].n);
  if (have >= contracts) return { seconds: 0, existing: have };
  if ((await client.query(`SELECT count(*) AS n FROM product WHERE code LIKE 'BC%'`)).rows[0].n < 1000) {
    await client.query(
      `INSERT INTO product (code, name, unit, list_price, tax_rate, status, search_text)
       SELECT 'BC' || lpad(i::text, 5, '0'), '基准合同产品' || i, '台', (100 + (i * 37) % 50000)::numeric(18,2), 13, 'ON_SALE', 'bc' || i FROM generate_series(1, 1000) i
       ON CONFLICT DO NOTHING`,
    );
  }
  const owners = reps.map((r) => r.id);
  const departments = reps.map((r) => r.departmentId);
  const from = have + 1;
  // Numbers: one USED number per contract; (period, seq) stays unique because seq is the global index.
  await client.query(
    `INSERT INTO contract_number (number, period, seq, status, owner_id, department_id, used_at, created_at, updated_at)
     SELECT 'BHT' || p.period || '-' || i, p.period, i, 'USED', ($3::uuid[])[1 + i % cardinality($3::uuid[])], ($4::uuid[])[1 + i % cardinality($4::uuid[])], now(), now(), now()
       FROM generate_series($1::int, $2::int) i
       CROSS JOIN LATERAL (SELECT to_char(DATE '2023-01-01' + ((i % 36) * interval '1 month'), 'YYYYMM') AS period) p`,
    [from, contracts, owners, departments],
  );
  const statusOf = `(ARRAY['DRAFT','DRAFT','PENDING_APPROVAL','APPROVED','ACTIVE','ACTIVE','ACTIVE','ACTIVE','COMPLETED','TERMINATED'])[1 + n.seq % 10]`;
  await client.query(
    `WITH p AS (SELECT array_agg(list_price ORDER BY code) AS prices FROM product WHERE code LIKE 'BC%')
     INSERT INTO contract (number, number_id, customer_id, type, title, status, signing_date, start_date, end_date, buyer_name, payment_method,
                           header_discount_percent, subtotal, discount_total, net_total, tax_total, total, owner_id, department_id, created_at, updated_at,
                           signed_at, termination_reason)
     SELECT n.number, n.id, ($1::uuid[])[1 + n.seq % cardinality($1::uuid[])], 'sales', '基准合同' || n.seq, ${statusOf},
            DATE '2023-01-01' + (n.seq % 1000), DATE '2023-01-01' + (n.seq % 1000), DATE '2024-01-01' + (n.seq % 1000), '基准客户' || n.seq, 'bank_transfer',
            0, s.sub, 0, s.sub, s.tax, s.sub + s.tax, n.owner_id, n.department_id, now() - (n.seq % 1000) * interval '1 day', now(),
            CASE WHEN ${statusOf} IN ('ACTIVE', 'COMPLETED', 'TERMINATED') THEN now() END, CASE WHEN ${statusOf} = 'TERMINATED' THEN '基准终止' END
       FROM contract_number n CROSS JOIN p
       CROSS JOIN LATERAL (SELECT sum(p.prices[1 + (n.seq * 3 + k) % cardinality(p.prices)] * k) AS sub,
                                  sum(round(p.prices[1 + (n.seq * 3 + k) % cardinality(p.prices)] * k * 0.13, 2)) AS tax FROM generate_series(1, 3) k) s
      WHERE n.number LIKE 'BHT%' AND n.seq >= $2`,
    [customers, from],
  );
  await client.query(
    `INSERT INTO contract_revision (contract_id, revision, status, header_discount_percent, subtotal, discount_total, net_total, tax_total, total, approved_at)
     SELECT c.id, 1, CASE WHEN c.status IN ('DRAFT', 'PENDING_APPROVAL') THEN c.status ELSE 'APPROVED' END, 0, c.subtotal, 0, c.net_total, c.tax_total, c.total,
            CASE WHEN c.status NOT IN ('DRAFT', 'PENDING_APPROVAL') THEN now() END
       FROM contract c JOIN contract_number n ON n.id = c.number_id WHERE c.number LIKE 'BHT%' AND n.seq >= $1`,
    [from],
  );
  await client.query(
    `WITH p AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(code ORDER BY code) AS codes, array_agg(name ORDER BY code) AS names, array_agg(list_price ORDER BY code) AS prices FROM product WHERE code LIKE 'BC%')
     INSERT INTO contract_line (contract_id, revision_id, line_no, product_id, product_code, product_name, unit, quantity, list_price, unit_price, discount_percent, tax_rate, amount, net_amount, tax_amount)
     SELECT r.contract_id, r.id, k, p.ids[x], p.codes[x], p.names[x], '台', k, p.prices[x], p.prices[x], 0, 13, p.prices[x] * k, p.prices[x] * k, round(p.prices[x] * k * 0.13, 2)
       FROM contract_revision r JOIN contract c ON c.id = r.contract_id JOIN contract_number n ON n.id = c.number_id CROSS JOIN p
       CROSS JOIN generate_series(1, 3) k
       CROSS JOIN LATERAL (SELECT 1 + (n.seq * 3 + k) % cardinality(p.ids) AS x) i
      WHERE c.number LIKE 'BHT%' AND n.seq >= $1`,
    [from],
  );
  await client.query('ANALYZE contract_number, contract, contract_revision, contract_line');
  return { seconds: +((performance.now() - started) / 1000).toFixed(1) };
}

/**
 * The contract benchmarks' data, also the ground of the receivable benchmarks: the sales reps and managers
 * (`people`), `customerCount` customers (generated when fewer) and `contracts` BHT contracts (generated when fewer).
 */
export async function contractData({ base, adminToken, client, password, contracts, customerCount }) {
  const reps = await people(base, adminToken, client, password);
  const have = Number((await client.query(`SELECT count(*) AS n FROM customer WHERE deleted_at IS NULL`)).rows[0].n);
  if (have < customerCount) await generateCustomers(client, { count: customerCount - have, owners: reps, seed: 21 });
  const customers = (await client.query(`SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id LIMIT $1`, [customerCount])).rows.map((r) => r.id);
  console.log(`\nGenerating ${contracts.toLocaleString()} contracts with ${(contracts * 3).toLocaleString()} lines…`);
  const generate = await generateContracts(client, { contracts, customers, reps });
  console.log(generate.existing ? `  ${generate.existing.toLocaleString()} already there` : `  done in ${generate.seconds} s`);
  return { reps, generate };
}

/** The bench's finance user `sfin0` (scope ALL, payment:confirm); its id. */
export async function financeUser({ base, adminToken, client, password }) {
  const found = (await client.query(`SELECT id FROM app_user WHERE username = 'sfin0'`)).rows[0];
  if (found) return found.id;
  const roles = await api(base, adminToken, 'GET', '/roles');
  const user = await api(base, adminToken, 'POST', '/users', { username: 'sfin0', displayName: '财务0', password, roleIds: [roles.find((r) => r.code === 'finance').id] });
  await client.query(`UPDATE app_user SET must_change_password = false WHERE username = 'sfin0'`);
  return user.id;
}

export async function contractBenchmarks({ base, adminToken, pgUrl }) {
  const contracts = env('BENCH_CONTRACTS', 1_000_000);
  const customerCount = env('BENCH_CONTRACT_CUSTOMERS', 20_000);
  const seconds = env('BENCH_SECONDS', 5);
  const concurrency = env('BENCH_QUERY_CONCURRENCY', 4);
  const password = 'Bench-sales-pass-1';
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const results = {};
  try {
    const { reps, generate } = await contractData({ base, adminToken, client, password, contracts, customerCount });
    results.generate = generate;
    await financeUser({ base, adminToken, client, password });
    const tokens = { rep: await login(base, 'srep0', password), manager: await login(base, 'smgr0', password), finance: await login(base, 'sfin0', password) };

    const explain = async (label, sql, params) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      results.explain ??= {};
      results.explain[label] = { ms: +rows[0]['QUERY PLAN'][0]['Execution Time'].toFixed(1) };
    };
    const mgrDepts = (await client.query(`SELECT department_id FROM app_user WHERE username = 'smgr0'`)).rows.map((r) => r.department_id);
    const page = `ORDER BY c.created_at DESC, c.id DESC LIMIT 20`;
    await explain('list SELF rep', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.owner_id = $1 ${page}`, [reps[0].id]);
    await explain('list manager (department)', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND (c.owner_id = $1 OR c.department_id = ANY($2::uuid[])) ${page}`, [reps[0].id, mgrDepts]);
    await explain('list finance (ALL)', `SELECT * FROM contract c WHERE c.deleted_at IS NULL ${page}`, []);
    await explain('list finance, status ACTIVE by total', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.status = 'ACTIVE' ORDER BY c.total DESC, c.id DESC LIMIT 20`, []);
    // The filtered paths of the mix, newest first as the list sorts by default: a filter the sort's index
    // cannot check walks that index until 20 rows pass, so its cost is how far the first 20 matches lie.
    await explain('list finance, status ACTIVE', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.status = 'ACTIVE' ${page}`, []);
    await explain('list finance, amount ≥ 50,000', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.total >= 50000 ${page}`, []);
    await explain('list finance, signed in 2024 Q1', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.signing_date BETWEEN '2024-01-01' AND '2024-03-31' ${page}`, []);
    await explain('list rep, signed in 2024 Q1', `SELECT * FROM contract c WHERE c.deleted_at IS NULL AND c.owner_id = $1 AND c.signing_date BETWEEN '2024-01-01' AND '2024-03-31' ${page}`, [reps[0].id]);
    await explain('count finance, signed in 2024 Q1 (capped)', `SELECT count(*) FROM (SELECT 1 FROM contract c WHERE c.deleted_at IS NULL AND c.signing_date BETWEEN '2024-01-01' AND '2024-03-31' LIMIT 10000) x`, []);
    console.table(results.explain);

    const listPaths = ['/contracts', '/contracts?status=ACTIVE', '/contracts?sort=-total', '/contracts?amountMin=50000.00', '/contracts?signedFrom=2024-01-01&signedTo=2024-03-31'];
    results.listRep = await load(rotating(base, tokens.rep, listPaths), { seconds, concurrency });
    results.listManager = await load(rotating(base, tokens.manager, listPaths), { seconds, concurrency });
    results.listFinance = await load(rotating(base, tokens.finance, listPaths), { seconds, concurrency });
    // Each path alone for finance, so a slow path in the mix is named.
    for (const path of listPaths) results[`finance ${path}`] = await load(rotating(base, tokens.finance, [path]), { seconds, concurrency });
    // Allocation: every request takes the month's counter row lock, so this is the serialised path's throughput.
    const reserve = () => fetch(`${base}/api/v1/contract-numbers`, { method: 'POST', headers: { authorization: `Bearer ${tokens.rep}` } }).then(async (r) => (await r.arrayBuffer(), r.ok));
    results.numberAllocation16 = await load(reserve, { seconds, concurrency: 16 });
    console.log(`\nContracts: lists with ${concurrency} concurrent clients, number allocation with 16, ${seconds} s each (ms; rps = requests/s):`);
    const { generate: _g, explain: _e, ...table } = results;
    console.table(table);
    return results;
  } finally {
    await client.end();
  }
}
