// Pool reclaim benchmark (run by run.mjs after the customer benchmarks, on their generated
// customers): gives owned customers protection deadlines 1–30 days ahead, makes BENCH_RECLAIM_DUE
// (default 100,000) of them due — protection ended a minute ago — among everything else, then times POST /jobs/pool-reclaim/run
// (ARCHITECTURE target: ≤ 5 s for 100k due among 1M) and a second, idempotent run.
import pg from 'pg';
import { prewarm } from './customers.mjs';

export async function poolReclaimBenchmark({ base, adminToken, pgUrl }) {
  const due = Number(process.env.BENCH_RECLAIM_DUE ?? 100_000);
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    const [{ total }] = (await client.query(`SELECT count(*)::int AS total FROM customer WHERE deleted_at IS NULL`)).rows;
    if (total < 1000) throw new Error(`only ${total} customers: generate them first (npm run bench with BENCH_DATA_DIR)`);
    // Owned customers without a deadline get one 1–30 days ahead (once: a kept database keeps them).
    await client.query(
      `UPDATE customer SET review_state = 'APPROVED', protection_until = now() + (1 + abs(hashtext(id::text)) % 30) * interval '1 day'
        WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND status IN ('POTENTIAL','INTENT') AND protection_until IS NULL`,
    );
    // `due` of them ran out a minute ago.
    const marked = await client.query(
      `UPDATE customer SET protection_until = now() - interval '1 minute'
        WHERE id IN (SELECT id FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL AND status = 'POTENTIAL' ORDER BY md5(id::text) LIMIT $1)`,
      [due],
    );
    await client.query(`VACUUM ANALYZE customer`);
    await prewarm(client);
    const run = async () => {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/jobs/pool-reclaim/run`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
      const body = await res.json();
      if (!res.ok || body.status !== 'succeeded') throw new Error(`pool-reclaim: ${res.status} ${JSON.stringify(body)}`);
      const jobMs = new Date(body.finishedAt).getTime() - new Date(body.startedAt).getTime();
      return { released: body.result.released, 'request ms': Math.round(performance.now() - started), 'job ms': jobMs };
    };
    const first = await run();
    const second = await run();
    console.log(`\nPool reclaim: ${marked.rowCount} customers due among ${total} (target ≤ 5 s for 100k among 1M)`);
    console.table({ 'first run': first, 'second run (nothing due)': second });
    const [{ history }] = (await client.query(`SELECT count(*)::int AS history FROM customer_history WHERE event = 'EXPIRED'`)).rows;
    console.log(`EXPIRED history rows: ${history}`);
    return { first, second };
  } finally {
    await client.end();
  }
}
