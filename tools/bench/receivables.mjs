// Receivable benchmarks (issue 22; run by run.mjs with BENCH_ONLY=receivables, or BENCH_RECEIVABLES_RUN=1 in a
// full run). On the contract benchmarks' data (contracts.mjs: BENCH_CONTRACTS BHT contracts, default 1,000,000,
// generated first on a fresh BENCH_DATA_DIR) it generates, in set-based SQL and in batches of
// BENCH_RECEIVABLE_BATCH contracts (default 50,000), a plan for every APPROVED, ACTIVE and COMPLETED contract
// (BENCH_INSTALMENTS instalments in all, default 3 per contract present: 3,000,000 at 1M, i.e. 5 per planned
// contract), its balance row, and about as many payments: mostly CONFIRMED with their allocations, 2 % PENDING
// (the confirmation queue), some REJECTED, a few reversed; due dates spread from 20 months ago to a year ahead
// so that every aging bucket and "not due" is populated. One SQL check then proves the ledger reconciles.
// Then it measures, as a SELF rep, a DEPARTMENT_AND_CHILDREN manager and finance (ALL): the confirmation queue
// (page 1 and a later page), the aging report per groupBy, plan-vs-actual and the overdue list when the API has
// them, and the overdue job's duration when there is one; and EXPLAINs (ANALYZE, BUFFERS) each statement it can
// write down (BENCH_PLANS=1 prints the whole plans). Loopback only, bounded loops.
import pg from 'pg';
import { contractData, financeUser } from './contracts.mjs';
import { load } from './load.mjs';
import { login } from './sales.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const PLANNED = `('APPROVED', 'ACTIVE', 'COMPLETED')`;

/**
 * One batch of the generator below: plans, balance rows, payments and allocations for the next $2 BHT contracts
 * after id $1 that have none, $3 instalments each; $4 today, $5 the finance user. Answers the batch's last contract
 * id and what it wrote. With `marks` (the schema has the overdue job's `overdue_since`), instalments not fully
 * paid and due before yesterday carry the mark earlier runs of the job would have set; yesterday's are left to
 * the job's next run.
 */
export const batchSql = ({ marks }) => `WITH c AS MATERIALIZED (
   SELECT c.id, c.number, c.customer_id, c.owner_id, c.department_id, c.total, c.status, c.created_at
     FROM contract c
    WHERE c.id > $1::uuid AND c.number LIKE 'BHT%' AND c.status IN ${PLANNED} AND c.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM receivable_account ra WHERE ra.contract_id = c.id)
    ORDER BY c.id LIMIT $2::int),
 acc AS (
   INSERT INTO receivable_account (contract_id, contract_number, customer_id, owner_id, department_id, created_at, updated_at)
   SELECT id, number, customer_id, owner_id, department_id, created_at, now() FROM c),
 i AS MATERIALIZED (
   SELECT gen_random_uuid() AS id, c.id AS contract_id, c.status, c.owner_id, j AS number, x.due_date,
          CASE WHEN j < $3 THEN x.part ELSE c.total - x.part * ($3 - 1) END AS amount,
          abs(hashtextextended(c.number || ':' || j, 22)) % 1000 AS h
     FROM c CROSS JOIN generate_series(1, $3::int) j
     CROSS JOIN LATERAL (SELECT trunc(c.total / $3, 2) AS part,
                                $4::date + 150 - (abs(hashtextextended(c.number, 21)) % 720)::int + (j - 1) * 45 AS due_date) x),
 k AS MATERIALIZED (
   SELECT i.*,
          CASE WHEN i.status = 'APPROVED' THEN 'NONE'
               WHEN i.status = 'COMPLETED' THEN CASE WHEN h < 800 THEN 'PAID2' ELSE 'PAID1' END
               WHEN i.due_date < $4::date THEN
                 CASE WHEN h < 600 THEN 'PAID2' WHEN h < 780 THEN 'PAID1' WHEN h < 830 THEN 'HALF' WHEN h < 850 THEN 'PENDING'
                      WHEN h < 880 THEN 'REJECTED' WHEN h < 890 THEN 'REVERSED' ELSE 'NONE' END
               ELSE CASE WHEN h < 150 THEN 'PAID1' WHEN h < 170 THEN 'PENDING' WHEN h < 190 THEN 'REJECTED' ELSE 'NONE' END END AS kind,
          -- Paid around the due date, never after yesterday; paid ahead: in the last two months.
          CASE WHEN i.due_date < $4::date THEN least(i.due_date + (h % 21)::int - 10, $4::date - 1) ELSE $4::date - 1 - (h % 60)::int END AS paid_on,
          round(i.amount * 0.4, 2) AS deposit
     FROM i),
 ii AS (
   INSERT INTO receivable_instalment (id, contract_id, number, due_date, amount, created_at, updated_at, created_by${marks ? ', overdue_since' : ''})
   SELECT id, contract_id, number, due_date, amount, now(), now(), owner_id
          ${marks ? `, CASE WHEN due_date < $4::date - 1 AND kind NOT IN ('PAID1', 'PAID2') THEN (due_date + 1)::timestamptz + interval '5 minutes' END` : ''}
     FROM k),
 -- One SELECT per kind of entry (a LATERAL VALUES list here costs 0.2 ms a row: its expressions are set up per row).
 p AS MATERIALIZED (
   SELECT gen_random_uuid() AS id, e.*,
          CASE WHEN e.status = 'PENDING' THEN now() - (random() * 20160)::int * interval '1 minute' ELSE least(e.paid_on + interval '10 hours', now()) END AS created_at
     FROM (SELECT id AS instalment_id, contract_id, owner_id, h, 'CONFIRMED' AS status, deposit AS amount, paid_on - 30 AS paid_on, false AS reversed FROM k WHERE kind = 'PAID2'
           UNION ALL
           SELECT id, contract_id, owner_id, h, 'CONFIRMED', amount - CASE WHEN kind = 'PAID2' THEN deposit ELSE 0 END, paid_on, kind = 'REVERSED' FROM k WHERE kind IN ('PAID1', 'PAID2', 'REVERSED')
           UNION ALL
           SELECT id, contract_id, owner_id, h, 'CONFIRMED', round(amount / 2, 2), paid_on, false FROM k WHERE kind = 'HALF'
           UNION ALL
           SELECT id, contract_id, owner_id, h, 'PENDING', amount, $4::date - 1 - (h % 14)::int, false FROM k WHERE kind = 'PENDING'
           UNION ALL
           SELECT id, contract_id, owner_id, h, 'REJECTED', amount, paid_on, false FROM k WHERE kind = 'REJECTED') e),
 pi AS (
   INSERT INTO payment (id, contract_id, instalment_id, kind, status, amount, paid_on, method, created_at, updated_at, created_by, reason, decided_by, decided_at)
   SELECT id, contract_id, instalment_id, 'PAYMENT', status, amount, paid_on,
          (ARRAY['bank_transfer', 'bank_transfer', 'bank_transfer', 'cash', 'cheque', 'acceptance_bill'])[1 + (h % 6)::int], created_at, created_at, owner_id,
          CASE WHEN status = 'REJECTED' THEN '基准：银行流水中未找到该笔款项' END,
          CASE WHEN status <> 'PENDING' THEN $5::uuid END, CASE WHEN status <> 'PENDING' THEN least(created_at + interval '1 day', now()) END
     FROM p),
 r AS MATERIALIZED (SELECT gen_random_uuid() AS id, p.id AS reverses_id, p.contract_id, p.instalment_id, p.amount, p.paid_on FROM p WHERE p.reversed),
 ri AS (
   INSERT INTO payment (id, contract_id, instalment_id, kind, status, amount, paid_on, method, created_at, updated_at, reverses_id, reason, decided_by, decided_at, created_by)
   SELECT id, contract_id, instalment_id, 'REVERSAL', 'CONFIRMED', -amount, least(paid_on + 5, $4::date - 1), 'bank_transfer',
          least(paid_on + interval '5 days 10 hours', now()), least(paid_on + interval '5 days 10 hours', now()), reverses_id, '基准冲销：款项属于另一合同', $5::uuid,
          least(paid_on + interval '5 days 10 hours', now()), $5::uuid
     FROM r),
 pa AS (INSERT INTO payment_allocation (payment_id, instalment_id, amount) SELECT id, instalment_id, amount FROM p WHERE status = 'CONFIRMED'),
 ra AS (INSERT INTO payment_allocation (payment_id, instalment_id, amount) SELECT id, instalment_id, -amount FROM r)
 SELECT (SELECT id FROM c ORDER BY id DESC LIMIT 1) AS last, (SELECT count(*) FROM c)::int AS contracts,
        (SELECT count(*) FROM i)::int AS instalments, ((SELECT count(*) FROM p) + (SELECT count(*) FROM r))::int AS payments`;

/**
 * Plans, balance rows, payments and allocations for the BHT contracts that have none yet, `batch` contracts a
 * statement (each statement commits: an interrupted run resumes where it stopped). `today` is today in the
 * business time zone (YYYY-MM-DD); `financeId` decides the confirmed and rejected payments.
 *
 * Per contract: `k` instalments of the contract total (the amount in force: the generated contracts have one
 * approved revision of that total), k − 1 equal parts cut to the cent and the rest on the last, due 45 days
 * apart from a first due date between 570 days ago and 150 days ahead. Per instalment, by a hash of (number, k):
 * - APPROVED contract: none (payments are recorded on ACTIVE contracts only);
 * - COMPLETED contract: paid in full, 80 % of them in two payments (40 % deposit, then the rest);
 * - ACTIVE, past due: 60 % paid in two payments, 18 % in one, 5 % half paid, 2 % a PENDING payment of the whole,
 *   3 % REJECTED, 1 % confirmed then reversed, 11 % nothing (so 22 % are overdue with something outstanding);
 * - ACTIVE, not yet due: 15 % paid ahead, 2 % PENDING, 2 % REJECTED, the rest nothing.
 * A confirmed payment names its instalment and is allocated to it alone, so no instalment ever receives more
 * than its amount and no contract more than its total: the ledger reconciles by construction (and is checked).
 */
export async function generateReceivables(client, { instalments, today, financeId, batch }) {
  const started = performance.now();
  const count = async (sql) => Number((await client.query(sql)).rows[0].n);
  const eligible = await count(`SELECT count(*) AS n FROM contract WHERE number LIKE 'BHT%' AND status IN ${PLANNED} AND deleted_at IS NULL`);
  const planned = await count(`SELECT count(*) AS n FROM receivable_account WHERE contract_number LIKE 'BHT%'`);
  if (!eligible) throw new Error('no APPROVED, ACTIVE or COMPLETED BHT contracts: generate contracts first');
  const perContract = Math.min(12, Math.max(1, Math.round(instalments / eligible)));
  if (planned >= eligible) return { seconds: 0, existing: planned, perContract };
  console.log(`  ${eligible.toLocaleString()} contracts to plan (${planned.toLocaleString()} planned already), ${perContract} instalments each, ${batch.toLocaleString()} a statement`);
  const sql = batchSql({ marks: await hasOverdueMarks(client) });
  let last = '00000000-0000-0000-0000-000000000000';
  let done = planned;
  const totals = { contracts: 0, instalments: 0, payments: 0 };
  for (;;) {
    const t0 = performance.now();
    // Foreign-key triggers off for the batch (they were 60 % of its time): every id it references comes from the
    // same statement or from the contract, and reconcile() counts orphans afterwards.
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const { rows } = await client.query(sql, [last, batch, perContract, today, financeId]);
    await client.query('COMMIT');
    const [row] = rows;
    if (!row.contracts) break;
    last = row.last;
    done += row.contracts;
    for (const key of Object.keys(totals)) totals[key] += row[key];
    console.log(`  ${done.toLocaleString()} / ${eligible.toLocaleString()} contracts planned: +${row.instalments.toLocaleString()} instalments, +${row.payments.toLocaleString()} payments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (row.contracts < batch) break;
  }
  // Index-only scans need the visibility map, and the planner the new tables' statistics.
  await client.query('VACUUM ANALYZE receivable_account, receivable_instalment, payment, payment_allocation');
  return { seconds: +((performance.now() - started) / 1000).toFixed(1), perContract, ...totals };
}

/** Whether the schema has the overdue job's marks (branch recv-server: `receivable_instalment.overdue_since`). */
async function hasOverdueMarks(client) {
  const { rows } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'receivable_instalment' AND column_name = 'overdue_since'`);
  return rows.length > 0;
}

/**
 * One statement that recomputes everything from the ledger and answers the number of violations of each
 * rule (all must be 0) beside the totals: instalments that received more than their amount or less than
 * nothing, plans whose sum is not the contract total, contracts whose confirmed payments differ from their
 * allocations, or whose confirmed plus pending payments exceed the total, and payments whose allocations
 * differ from their amount (confirmed) or that have any (pending, rejected); and rows whose foreign keys point
 * nowhere (the generator writes with the foreign-key triggers off).
 */
export async function reconcile(client) {
  const started = performance.now();
  const { rows } = await client.query(
    `WITH inst AS (
       SELECT i.contract_id, i.amount, coalesce(sum(a.amount), 0) AS received
         FROM receivable_instalment i LEFT JOIN payment_allocation a ON a.instalment_id = i.id
        WHERE i.deleted_at IS NULL GROUP BY i.id),
     plan AS (SELECT contract_id, sum(amount) AS planned, sum(received) AS allocated, count(*) FILTER (WHERE received < 0 OR received > amount) AS bad FROM inst GROUP BY contract_id),
     pay AS (
       SELECT contract_id, coalesce(sum(amount) FILTER (WHERE status = 'CONFIRMED'), 0) AS confirmed, coalesce(sum(amount) FILTER (WHERE status = 'PENDING'), 0) AS pending
         FROM payment WHERE deleted_at IS NULL GROUP BY contract_id),
     per_payment AS (
       SELECT p.status, p.amount, coalesce(sum(a.amount), 0) AS allocated, count(a.payment_id) AS allocations
         FROM payment p LEFT JOIN payment_allocation a ON a.payment_id = p.id WHERE p.deleted_at IS NULL GROUP BY p.id)
     SELECT (SELECT coalesce(sum(bad), 0) FROM plan)::int AS "instalments over-collected or negative",
            count(*) FILTER (WHERE plan.planned <> c.total)::int AS "plans not summing to the contract total",
            count(*) FILTER (WHERE coalesce(pay.confirmed, 0) <> plan.allocated)::int AS "contracts: confirmed ≠ allocated",
            count(*) FILTER (WHERE coalesce(pay.confirmed, 0) + coalesce(pay.pending, 0) > c.total)::int AS "contracts over-collected (confirmed + pending > total)",
            (SELECT count(*) FROM per_payment WHERE (status = 'CONFIRMED' AND allocated <> amount) OR (status <> 'CONFIRMED' AND allocations > 0))::int AS "payments misallocated",
            ((SELECT count(*) FROM payment_allocation a WHERE NOT EXISTS (SELECT 1 FROM payment p WHERE p.id = a.payment_id) OR NOT EXISTS (SELECT 1 FROM receivable_instalment i WHERE i.id = a.instalment_id))
             + (SELECT count(*) FROM payment p WHERE NOT EXISTS (SELECT 1 FROM receivable_account ra WHERE ra.contract_id = p.contract_id)
                  OR (p.instalment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM receivable_instalment i WHERE i.id = p.instalment_id AND i.contract_id = p.contract_id))
                  OR (p.reverses_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payment o WHERE o.id = p.reverses_id AND o.status = 'CONFIRMED')))
             + (SELECT count(*) FROM receivable_instalment i WHERE NOT EXISTS (SELECT 1 FROM receivable_account ra WHERE ra.contract_id = i.contract_id)))::int AS "orphans (foreign keys)",
            sum(plan.planned)::numeric(20,2)::text AS planned, coalesce(sum(pay.confirmed), 0)::numeric(20,2)::text AS received,
            coalesce(sum(pay.pending), 0)::numeric(20,2)::text AS pending
       FROM plan JOIN contract c ON c.id = plan.contract_id LEFT JOIN pay ON pay.contract_id = plan.contract_id`,
  );
  return { ...rows[0], seconds: +((performance.now() - started) / 1000).toFixed(1) };
}

/** What was generated: payments by kind and status, instalments by state and overdue ones by aging bucket on `today`. */
async function census(client, today) {
  const payments = (await client.query(`SELECT kind || ' ' || status AS entry, count(*)::int AS n FROM payment GROUP BY 1 ORDER BY 1`)).rows;
  const instalments = (
    await client.query(
      `SELECT CASE WHEN r.received >= i.amount THEN 'PAID'
                   WHEN i.due_date >= $1::date THEN CASE WHEN r.received > 0 THEN 'not due, PARTIAL' ELSE 'not due, UNPAID' END
                   WHEN $1::date - i.due_date <= 30 THEN 'OVERDUE 1–30 days' WHEN $1::date - i.due_date <= 60 THEN 'OVERDUE 31–60 days'
                   WHEN $1::date - i.due_date <= 90 THEN 'OVERDUE 61–90 days' ELSE 'OVERDUE > 90 days' END AS state, count(*)::int AS n
         FROM receivable_instalment i
         LEFT JOIN (SELECT instalment_id, sum(amount) AS received FROM payment_allocation GROUP BY instalment_id) a ON a.instalment_id = i.id
         CROSS JOIN LATERAL (SELECT coalesce(a.received, 0) AS received) r
        WHERE i.deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
      [today],
    )
  ).rows;
  const marked = (await hasOverdueMarks(client)) ? { 'marked overdue (overdue_since)': Number((await client.query(`SELECT count(*) AS n FROM receivable_instalment WHERE overdue_since IS NOT NULL`)).rows[0].n) } : {};
  return { payments: Object.fromEntries(payments.map((r) => [r.entry, r.n])), instalments: { ...Object.fromEntries(instalments.map((r) => [r.state, r.n])), ...marked } };
}

/** A plan in one line: its nodes top-down (index or table named), with time and buffers; a seq scan of a big table is flagged. */
function compactPlan(plan) {
  const nodes = [];
  const seqScans = new Set();
  const walk = (node) => {
    const on = node['Index Name'] ?? node['Relation Name'];
    nodes.push(on ? `${node['Node Type']} ${on}` : node['Node Type']);
    if (node['Node Type'] === 'Seq Scan' && /^(payment|payment_allocation|receivable_instalment|receivable_account)$/.test(node['Relation Name'])) seqScans.add(node['Relation Name']);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  const shown = nodes.filter((n, i) => n !== nodes[i - 1]);
  return {
    ms: +plan['Execution Time'].toFixed(1),
    'hit/read blocks': `${plan.Plan['Shared Hit Blocks']}/${plan.Plan['Shared Read Blocks']}`,
    'seq scan of': [...seqScans].join(', ') || '—',
    plan: shown.length > 8 ? [...shown.slice(0, 8), `… ${shown.length - 8} more`].join(' > ') : shown.join(' > '),
  };
}

/** `adminToken` logs in: generating at 1M outlasts an access token (15 minutes), so every caller logs in when it is needed. */
export async function receivableBenchmarks({ base, adminToken, pgUrl }) {
  const contracts = env('BENCH_CONTRACTS', 1_000_000);
  const customerCount = env('BENCH_CONTRACT_CUSTOMERS', 20_000);
  const seconds = env('BENCH_SECONDS', 5);
  const concurrency = env('BENCH_QUERY_CONCURRENCY', 4);
  const password = 'Bench-sales-pass-1';
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const results = { explain: {}, http: {} };
  try {
    await contractData({ base, adminToken: await adminToken(), client, password, contracts, customerCount });
    const financeId = await financeUser({ base, adminToken: await adminToken(), client, password });
    const present = Number((await client.query(`SELECT count(*) AS n FROM contract WHERE number LIKE 'BHT%'`)).rows[0].n);
    const usernames = { rep: 'srep0', manager: 'smgr0', finance: 'sfin0' };
    const token = (who) => login(base, usernames[who], password);
    if (process.env.BENCH_RECEIVABLES_REGENERATE === '1') {
      console.log('\nBENCH_RECEIVABLES_REGENERATE=1: removing every plan, payment and allocation first');
      await client.query('TRUNCATE payment_allocation, payment, receivable_instalment, receivable_account');
    }
    // Today in the business time zone, as the API counts days past due.
    const { asOf: today } = await get(base, await token('finance'), '/reports/receivables-aging');
    const instalments = env('BENCH_INSTALMENTS', present * 3);
    console.log(`\nGenerating receivables: about ${instalments.toLocaleString()} instalments and as many payments over ${present.toLocaleString()} contracts (today ${today})…`);
    results.generate = await generateReceivables(client, { instalments, today, financeId, batch: env('BENCH_RECEIVABLE_BATCH', 50_000) });
    console.log(results.generate.existing ? `  ${results.generate.existing.toLocaleString()} contracts planned already` : `  done in ${results.generate.seconds} s`);
    results.census = await census(client, today);
    console.table(results.census.instalments);
    console.table(results.census.payments);
    // After generating (minutes at 1M); on a kept database only when asked (BENCH_RECONCILE=1).
    if (!results.generate.existing || process.env.BENCH_RECONCILE === '1') {
      results.reconcile = await reconcile(client);
      console.log('\nLedger check (every violation count must be 0):');
      console.table(results.reconcile);
    }

    // The job first: its run marks what fell due yesterday (the generator marked the days before), as every
    // morning; aging and the overdue list below then read complete marks.
    results.overdueJob = await overdueJob(base, await adminToken());

    // ── EXPLAIN (ANALYZE, BUFFERS) of the statements the API sends, as each caller ─────────────────────────
    const me = (username) => client.query(`SELECT id, department_id FROM app_user WHERE username = $1`, [username]).then((r) => r.rows[0]);
    // The rep: the one with the most pending payments (the contract generator gives each rep contracts of one status only).
    usernames.rep =
      (
        await client.query(
          `SELECT u.username FROM payment p JOIN receivable_account ra ON ra.contract_id = p.contract_id JOIN app_user u ON u.id = ra.owner_id
            WHERE p.status = 'PENDING' AND u.username ~ '^srep[0-9]+$' GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1`,
        )
      ).rows[0]?.username ?? 'srep0';
    const rep = await me(usernames.rep);
    const manager = await me('smgr0');
    // The manager's DEPARTMENT_AND_CHILDREN scope: his department and the ones below it.
    const depts = (
      await client.query(
        `WITH RECURSIVE d AS (SELECT id FROM department WHERE id = $1 UNION ALL SELECT c.id FROM department c JOIN d ON c.parent_id = d.id) SELECT array_agg(id) AS ids FROM d`,
        [manager.department_id],
      )
    ).rows[0].ids;
    // The SQL of receivableVisibleTo per caller, with its parameters from $1 on.
    const scopes = {
      rep: { sql: '(ra.owner_id = $1)', params: [rep.id] },
      manager: { sql: '(ra.owner_id = $1 OR ra.department_id = ANY($2::uuid[]))', params: [manager.id, depts] },
      finance: { sql: 'true', params: [] },
    };
    const explain = async (label, sql, params) => {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
      results.explain[label] = compactPlan(rows[0]['QUERY PLAN'][0]);
      if (process.env.BENCH_PLANS) console.log(`\n${label}\n${(await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    };
    // The confirmation queue as ReceivableRepository.page sends it (page, and countUpTo with its cap of 10,000).
    const queue = (scope) => `FROM payment p INNER JOIN receivable_account ra ON ra.contract_id = p.contract_id WHERE p.deleted_at IS NULL AND ${scope.sql} AND p.status = 'PENDING'`;
    // Aging as the reports repository sends it (groupBy customer; the other groupings differ only in the outer GROUP BY);
    // with the overdue job's marks (recv-server), only the marked instalments are read.
    const marks = await hasOverdueMarks(client);
    const agingOver = (rows) => `WITH o AS (${rows})
       SELECT o.customer_id AS key, (SELECT c.name FROM customer_profile c WHERE c.id = o.customer_id) AS name,
              coalesce(sum(o.outstanding) FILTER (WHERE o.days <= 30), 0), coalesce(sum(o.outstanding) FILTER (WHERE o.days BETWEEN 31 AND 60), 0),
              coalesce(sum(o.outstanding) FILTER (WHERE o.days BETWEEN 61 AND 90), 0), coalesce(sum(o.outstanding) FILTER (WHERE o.days > 90), 0), sum(o.outstanding)
         FROM o GROUP BY o.customer_id ORDER BY sum(o.outstanding) DESC, o.customer_id`;
    const aging = (scope, n) =>
      agingOver(`SELECT ra.customer_id, ($${n}::date - i.due_date) AS days, i.amount - coalesce(r.received, 0) AS outstanding
           FROM receivable_instalment i
           JOIN receivable_account ra ON ra.contract_id = i.contract_id
           LEFT JOIN LATERAL (SELECT sum(a.amount) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r ON true
          WHERE i.deleted_at IS NULL${marks ? ' AND i.overdue_since IS NOT NULL' : ''} AND i.due_date < $${n}::date AND coalesce(r.received, 0) < i.amount AND ${scope.sql}`);
    for (const [who, scope] of Object.entries(scopes)) {
      await explain(`queue page 1, ${who}`, `SELECT p.* ${queue(scope)} ORDER BY p.created_at ASC, p.id ASC LIMIT 20`, scope.params);
      await explain(`queue page 50, ${who}`, `SELECT p.* ${queue(scope)} ORDER BY p.created_at ASC, p.id ASC LIMIT 20 OFFSET 980`, scope.params);
      await explain(`queue count (cap 10,000), ${who}`, `SELECT count(*)::int AS n FROM (SELECT 1 ${queue(scope)} LIMIT 10001) capped`, scope.params);
      await explain(`aging by customer, ${who}`, aging(scope, scope.params.length + 1), [...scope.params, today]);
    }
    // The overdue job's two passes as recv-server (9f08a67) writes them, in a transaction rolled back: what each run reads.
    if (marks) {
      const receivedOfI = `(SELECT coalesce(sum(a.amount), 0) FROM payment_allocation a WHERE a.instalment_id = i.id)`;
      await client.query('BEGIN');
      try {
        await explain('overdue job, marking pass', `UPDATE receivable_instalment i SET overdue_since = now() WHERE i.overdue_since IS NULL AND i.deleted_at IS NULL AND i.due_date < $1::date AND ${receivedOfI} < i.amount`, [today]);
        await explain('overdue job, clearing pass', `UPDATE receivable_instalment i SET overdue_since = NULL WHERE i.overdue_since IS NOT NULL AND (i.deleted_at IS NOT NULL OR i.due_date >= $1::date OR ${receivedOfI} >= i.amount)`, [today]);
      } finally {
        await client.query('ROLLBACK');
      }
    }
    // What aging would cost if each instalment's received amount were stored (kept under the balance-row lock by
    // whatever confirms, reverses or re-plans) and the open instalments indexed: a scratch copy, EXPLAINed, dropped.
    if (process.env.BENCH_AGING_PROTOTYPE !== '0') {
      await client.query(`DROP TABLE IF EXISTS bench_instalment_received`);
      await client.query(
        `CREATE UNLOGGED TABLE bench_instalment_received AS
         SELECT i.id, i.contract_id, i.due_date, i.amount, coalesce(sum(a.amount), 0)::numeric(18,2) AS received
           FROM receivable_instalment i LEFT JOIN payment_allocation a ON a.instalment_id = i.id WHERE i.deleted_at IS NULL GROUP BY i.id`,
      );
      await client.query(`CREATE INDEX ON bench_instalment_received (due_date) INCLUDE (contract_id, amount, received) WHERE received < amount`);
      await client.query(`CREATE INDEX ON bench_instalment_received (contract_id) INCLUDE (due_date, amount, received) WHERE received < amount`);
      await client.query(`VACUUM ANALYZE bench_instalment_received`);
      try {
        for (const [who, scope] of Object.entries(scopes)) {
          const n = scope.params.length + 1;
          const rows = `SELECT ra.customer_id, ($${n}::date - i.due_date) AS days, i.amount - i.received AS outstanding
             FROM bench_instalment_received i JOIN receivable_account ra ON ra.contract_id = i.contract_id
            WHERE i.received < i.amount AND i.due_date < $${n}::date AND ${scope.sql}`;
          await explain(`PROTOTYPE aging, received stored, ${who}`, agingOver(rows), [...scope.params, today]);
        }
      } finally {
        await client.query(`DROP TABLE bench_instalment_received`);
      }
    }
    console.log(`\nCallers: rep ${usernames.rep} (SELF), manager smgr0 (DEPARTMENT_AND_CHILDREN), finance sfin0 (ALL)`);
    console.log('EXPLAIN (ANALYZE, BUFFERS) of the statements (ms of the statement alone; hit/read: shared blocks):');
    console.table(results.explain);

    // ── Through the API ───────────────────────────────────────────────────────────────────────────────────
    // Reports run one client at a time with a short warm-up: at 1M one aging request can take longer than a run.
    const measure = async (label, who, paths, report = false) => {
      try {
        const options = report ? { seconds, concurrency: env('BENCH_REPORT_CONCURRENCY', 1), warmupSeconds: 1 } : { seconds, concurrency };
        results.http[label] = await load(rotating(base, await token(who), paths), options);
      } catch (e) {
        results.http[label] = { error: String(e.message ?? e).slice(0, 120) };
      }
    };
    for (const who of ['rep', 'manager', 'finance']) {
      const first = await get(base, await token(who), '/payments?status=PENDING&page=1&pageSize=20');
      // A later page: the 50th, or the last full one when there are fewer.
      const later = Math.max(2, Math.min(50, Math.floor(first.total / 20)));
      console.log(`  ${who}: ${first.total.toLocaleString()}${first.totalCapped ? '+' : ''} pending payments in scope; later page ${later}`);
      await measure(`queue page 1, ${who}`, who, ['/payments?status=PENDING&page=1&pageSize=20']);
      await measure(`queue page ${later}, ${who}`, who, [`/payments?status=PENDING&page=${later}&pageSize=20`]);
    }
    for (const groupBy of ['customer', 'owner', 'department']) {
      for (const who of ['rep', 'manager', 'finance']) await measure(`aging by ${groupBy}, ${who}`, who, [`/reports/receivables-aging?groupBy=${groupBy}`], true);
    }
    // Built on branch recv-server: measured when this build has them.
    const month = (offset) => {
      const [y, m] = today.split('-').map(Number);
      const d = new Date(Date.UTC(y, m - 1 + offset, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const optional = [
      { name: 'plan-vs-actual (last 12 months)', path: `/reports/receivables-plan-vs-actual?from=${month(-11)}&to=${month(0)}`, report: true },
      { name: 'overdue list page 1', path: '/receivable-instalments?state=OVERDUE&page=1&pageSize=20', report: false },
    ];
    for (const { name, path, report } of optional) {
      const status = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${await token('finance')}` } }).then(async (r) => (await r.arrayBuffer(), r.status));
      if (status === 404) {
        console.log(`  ${name}: GET ${path.split('?')[0]} answers 404 in this build — not measured`);
        continue;
      }
      for (const who of ['rep', 'manager', 'finance']) await measure(`${name}, ${who}`, who, [path], report);
    }
    console.log(`\nReceivables through the API, ${seconds} s each, lists with ${concurrency} concurrent clients, reports with ${env('BENCH_REPORT_CONCURRENCY', 1)} (ms; rps = requests/s):`);
    console.table(results.http);

    return results;
  } finally {
    await client.end();
  }
}

/** The overdue job (branch recv-server), run twice through the jobs endpoint: the first run, and one with nothing new. */
async function overdueJob(base, adminToken) {
  const jobs = await get(base, adminToken, '/jobs');
  const job = jobs.find((j) => /overdue/i.test(j.name));
  if (!job) {
    console.log(`\nOverdue job: none in this build (jobs: ${jobs.map((j) => j.name).join(', ')}) — not measured`);
    return null;
  }
  const run = async () => {
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/jobs/${job.name}/run`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
    const body = await res.json();
    if (!res.ok || body.status !== 'succeeded') throw new Error(`${job.name}: ${res.status} ${JSON.stringify(body)}`);
    return { 'request ms': Math.round(performance.now() - started), 'job ms': new Date(body.finishedAt).getTime() - new Date(body.startedAt).getTime(), result: JSON.stringify(body.result) };
  };
  const figures = { 'first run': await run(), 'second run': await run() };
  console.log(`\nOverdue job ${job.name}:`);
  console.table(figures);
  return figures;
}

async function get(base, token, path) {
  const res = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Round-robin over paths; the first refusal of a run says why (load.mjs refuses figures made of error answers). */
function rotating(base, token, paths) {
  let i = 0;
  let told = false;
  return async () => {
    const path = paths[i++ % paths.length];
    const res = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (!res.ok && !told) console.error(`\n${res.status} GET ${path}: ${body.slice(0, 300)}`), (told = true);
    return res.ok;
  };
}
