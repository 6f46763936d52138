// Pool reclaim benchmark (run by run.mjs after the customer benchmarks, on their generated
// customers; written to customer_state directly, as the job writes): tops up owned POTENTIAL customers from earlier runs' releases, gives owned customers protection deadlines 1–30 days ahead, makes BENCH_RECLAIM_DUE
// (default 100,000) of them due — protection ended a minute ago — among everything else, then times POST /jobs/pool-reclaim/run
// (ARCHITECTURE target: ≤ 5 s for 100k due among 1M) and a second, idempotent run. Then the nightly
// churn-alerts job over the same customers, after clearing the alerts of earlier bench runs: every
// FORMAL customer without a deal for `churnMonths` gets one (a first run after migrating a customer base).
import pg from 'pg';
import { prewarm } from './customers.mjs';

/** `adminToken` logs in (the setup on a large database can outlast a token). */
export async function poolReclaimBenchmark({ base, adminToken, pgUrl }) {
  const due = Number(process.env.BENCH_RECLAIM_DUE ?? 100_000);
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    const [{ total }] = (await client.query(`SELECT count(*)::int AS total FROM customer WHERE deleted_at IS NULL`)).rows;
    if (total < 1000) throw new Error(`only ${total} customers: generate them first (npm run bench with BENCH_DATA_DIR)`);
    // A kept database runs short of owned POTENTIAL customers after a few runs: customers earlier runs
    // released go back to their previous owners, as if they claimed them again.
    const [{ potential }] = (await client.query(`SELECT count(*)::int AS potential FROM customer_state WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND status = 'POTENTIAL'`)).rows;
    if (potential < due) {
      await client.query(
        `UPDATE customer_state SET status = 'POTENTIAL', owner_id = previous_owner_id, review_state = 'APPROVED', protection_until = NULL,
                pool_entered_at = NULL, pool_reason = NULL, previous_owner_id = NULL
          WHERE id IN (SELECT id FROM customer_state WHERE deleted_at IS NULL AND status = 'POOL' AND pool_reason = 'EXPIRED' AND previous_owner_id IS NOT NULL LIMIT $1)`,
        [due - potential],
      );
      // As the store does with every owner it assigns: the search's owner hint.
      await client.query(
        `UPDATE customer_profile p SET owner_hint = s.owner_id FROM customer_state s
          WHERE s.id = p.id AND s.owner_id IS NOT NULL AND p.owner_hint IS DISTINCT FROM s.owner_id`,
      );
    }
    // Owned customers without a deadline get one 1–30 days ahead (once: a kept database keeps them).
    await client.query(
      `UPDATE customer_state SET review_state = 'APPROVED', protection_until = now() + (1 + abs(hashtext(id::text)) % 30) * interval '1 day'
        WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND status IN ('POTENTIAL','INTENT') AND protection_until IS NULL`,
    );
    // `due` of them ran out a minute ago.
    const marked = await client.query(
      `UPDATE customer_state SET protection_until = now() - interval '1 minute'
        WHERE id IN (SELECT id FROM customer_state WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND status = 'POTENTIAL' ORDER BY md5(id::text) LIMIT $1)`,
      [due],
    );
    await client.query(`VACUUM ANALYZE customer_profile, customer_state, customer_owned`);
    await prewarm(client);
    const token = await adminToken();
    const run = async () => {
      const { result, ...times } = await runJob(base, token, 'pool-reclaim');
      return { released: result.released, ...times };
    };
    const walAt = async () => (await client.query(`SELECT pg_current_wal_lsn() AS lsn`)).rows[0].lsn;
    const walBefore = await walAt();
    const first = await run();
    const [{ mb }] = (await client.query(`SELECT round(pg_wal_lsn_diff(pg_current_wal_lsn(), $1) / 1048576)::int AS mb`, [walBefore])).rows;
    first['WAL MB'] = mb;
    const second = await run();
    console.log(`\nPool reclaim: ${marked.rowCount} customers due among ${total} (target ≤ 5 s for 100k among 1M)`);
    console.table({ 'first run': first, 'second run (nothing due)': second });
    const [{ history }] = (await client.query(`SELECT count(*)::int AS history FROM customer_history WHERE event = 'EXPIRED'`)).rows;
    console.log(`EXPIRED history rows: ${history}`);
    const churn = await churnAlertsBenchmark({ base, adminToken: token, client });
    return { first, second, churn };
  } finally {
    await client.end();
  }
}

async function churnAlertsBenchmark({ base, adminToken, client }) {
  await client.query(`DELETE FROM churn_measure`);
  await client.query(`DELETE FROM churn_alert`);
  const first = await runJob(base, adminToken, 'churn-alerts');
  const second = await runJob(base, adminToken, 'churn-alerts');
  console.log(`\nChurn alerts job: FORMAL customers without a deal for churnMonths get an alert`);
  console.table({ 'first run': { raised: first.result.raised, 'request ms': first['request ms'], 'job ms': first['job ms'] }, 'second run': { raised: second.result.raised, 'request ms': second['request ms'], 'job ms': second['job ms'] } });
  return { first, second };
}

async function runJob(base, adminToken, name) {
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/jobs/${name}/run`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
  const body = await res.json();
  if (!res.ok || body.status !== 'succeeded') throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
  return { result: body.result, 'request ms': Math.round(performance.now() - started), 'job ms': new Date(body.finishedAt).getTime() - new Date(body.startedAt).getTime() };
}
