#!/usr/bin/env node
// `npm run bench`: starts the built API on a throwaway embedded PostgreSQL and prints figures.
// Never part of CI. Benchmarks: (1) wrk.mjs: the hot requests (GET one customer, GET one user,
// /auth/me, /health, a customer list page) through the full stack, each against a bare node:http + pg
// server (bare-server.mjs, its own process) doing the same read on the same database, driven by `wrk`
// (ARCHITECTURE target: ≥ 60 %); (2) customers.mjs: duplicate check and list/search p95 at
// BENCH_CUSTOMERS (default 1,000,000) generated customers, EXPLAIN of each search path, import
// throughput (BENCH_IMPORT_ROWS, default 100,000) — driven by the Node generator (load.mjs): its mixes
// rotate over many URLs and two callers' tokens; (3) pool-reclaim.mjs: the reclaim job with
// BENCH_RECLAIM_DUE (default 100,000) customers due, then the churn-alerts job.
// BENCH_CUSTOMERS=0 skips (2) and (3); BENCH_ONLY=wrk runs only (1) (quick on a fresh database: it
// generates BENCH_WRK_CUSTOMERS, default 1,000, when there are fewer); BENCH_ONLY=import runs only the
// generator and the import throughput; BENCH_ONLY=queries (1) and the duplicate check and list/search of
// (2) (BENCH_WRK=0: without (1)); BENCH_ONLY=reclaim only (3), on customers generated earlier in BENCH_DATA_DIR; BENCH_SERVER_ARGS
// passes node flags to the API (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", written when the API
// stops); BENCH_DATA_DIR keeps the database between runs (customers already generated there are reused,
// rows of an earlier import benchmark removed first). BENCH_ONLY=sales / contracts / receivables run only the
// sales (sales.mjs), contract (contracts.mjs) or receivable (receivables.mjs: plans and payments over the
// contracts, generated first when missing) benchmarks. Figures and how to read them: docs/performance.md.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { customerBenchmarks } from './customers.mjs';
import { salesBenchmarks } from './sales.mjs';
import { contractBenchmarks } from './contracts.mjs';
import { receivableBenchmarks } from './receivables.mjs';
import { poolReclaimBenchmark } from './pool-reclaim.mjs';
import { generateCustomers } from '../generate/customers.mjs';
import { wrkBenchmarks } from './wrk.mjs';

const root = resolve(import.meta.dirname, '../..');
// BENCH_PORT moves the three ports (API, bare server, PostgreSQL at 52000 + it) off another run's.
const apiPort = Number(process.env.BENCH_PORT ?? 3391);
const barePort = apiPort + 1;
const pgPort = 52000 + apiPort;
const password = 'Bench-admin-pass-1';

// BENCH_DATA_DIR keeps the database (and the generated customers) between runs; default: a throwaway one.
const keepData = !!process.env.BENCH_DATA_DIR;
const dataDir = keepData ? resolve(process.env.BENCH_DATA_DIR) : mkdtempSync(join(tmpdir(), 'kehu-bench-'));
if (keepData) mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755);
const serverArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);
const importOnly = process.env.BENCH_ONLY === 'import';
const reclaimOnly = process.env.BENCH_ONLY === 'reclaim';
const queriesOnly = process.env.BENCH_ONLY === 'queries';
const wrkOnly = process.env.BENCH_ONLY === 'wrk';
// BENCH_ONLY=sales: only the sales benchmarks (sales.mjs); BENCH_SALES=1 adds them to a full run.
const salesOnly = process.env.BENCH_ONLY === 'sales';
// BENCH_ONLY=contracts: only the contract benchmarks (contracts.mjs); BENCH_CONTRACTS_RUN=1 adds them to a full run.
const contractsOnly = process.env.BENCH_ONLY === 'contracts';
// BENCH_ONLY=receivables: only the receivable benchmarks (receivables.mjs, on the contracts above); BENCH_RECEIVABLES_RUN=1 adds them to a full run.
const receivablesOnly = process.env.BENCH_ONLY === 'receivables';
// BENCH_API: another build of the API to measure (e.g. a copy of an earlier dist/apps/api/main.js, with NODE_PATH=node_modules).
const server = spawn(process.execPath, [...serverArgs, resolve(root, process.env.BENCH_API ?? 'dist/apps/api/main.js')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, PORT: String(apiPort), KEHU_DATA_DIR: dataDir, KEHU_PG_PORT: String(pgPort), KEHU_ADMIN_PASSWORD: password, LOG_LEVEL: 'warn', KEHU_SCHEDULER: 'false' },
});
const base = `http://127.0.0.1:${apiPort}`;
let bare;
let pool;
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    // A kept database may owe migrations that backfill every customer first (minutes at 1M).
    if (i > (keepData ? 18_000 : 600)) throw new Error('API did not start');
    // Another run's API on the port would answer in its place (BENCH_PORT moves this run's).
    if (server.exitCode !== null) throw new Error(`API exited (${server.exitCode}); is port ${apiPort} taken?`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })).json();
  const auth = { authorization: `Bearer ${login.accessToken}` };
  const id = login.user.id;

  pool = new pg.Pool({ connectionString: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu`, max: 2 });
  bare = spawn(process.execPath, [resolve(import.meta.dirname, 'bare-server.mjs'), String(barePort), `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, failed) => {
    bare.stdout.on('data', (chunk) => String(chunk).includes('ready') && ready());
    bare.on('exit', (code) => failed(new Error(`bare server exited (${code})`)));
  });

  // BENCH_WRK=0 leaves (1) out of a queries run (the search figures alone, 8 minutes sooner).
  if (!importOnly && !reclaimOnly && !salesOnly && !contractsOnly && !receivablesOnly && process.env.BENCH_WRK !== '0') {
    // The hot requests against their bare equivalents, driven by wrk (wrk.mjs). On a database without
    // customers (a fresh one), BENCH_WRK_CUSTOMERS (default 1,000) are generated first, owned by the administrator.
    const customers = Number((await pool.query(`SELECT count(*) FROM customer WHERE deleted_at IS NULL`)).rows[0].count);
    const wanted = Number(process.env.BENCH_WRK_CUSTOMERS ?? 1000);
    if (customers < wanted) {
      const client = await pool.connect();
      try {
        await generateCustomers(client, { count: wanted - customers, owners: [{ id, departmentId: login.user.departmentId ?? null }], seed: 7 });
      } finally {
        client.release();
      }
    }
    const [customer] = (await pool.query(`SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1`)).rows;
    const bareBase = `http://127.0.0.1:${barePort}`;
    await wrkBenchmarks([
      { name: 'GET /api/v1/customers/{id}', kehu: { url: `${base}/api/v1/customers/${customer.id}`, headers: auth }, bare: { url: `${bareBase}/customers/${customer.id}` } },
      { name: 'GET /api/v1/users/{id}', kehu: { url: `${base}/api/v1/users/${id}`, headers: auth }, bare: { url: `${bareBase}/users/${id}` } },
      { name: 'GET /api/v1/auth/me', kehu: { url: `${base}/api/v1/auth/me`, headers: auth }, bare: { url: `${bareBase}/me/${id}` } },
      { name: 'GET /health', kehu: { url: `${base}/health` }, bare: { url: `${bareBase}/health` } },
      { name: 'GET /api/v1/customers (page 1)', kehu: { url: `${base}/api/v1/customers?page=1&pageSize=20`, headers: auth }, bare: { url: `${bareBase}/customers` } },
    ], { kehu: server.pid, bare: bare.pid });
  }

  if (salesOnly || process.env.BENCH_SALES === '1') await salesBenchmarks({ base, adminToken: login.accessToken, pgUrl: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu` });
  if (contractsOnly || process.env.BENCH_CONTRACTS_RUN === '1') await contractBenchmarks({ base, adminToken: login.accessToken, pgUrl: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu` });
  if (receivablesOnly || process.env.BENCH_RECEIVABLES_RUN === '1') {
    const adminToken = async () =>
      (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })).json()).accessToken;
    await receivableBenchmarks({ base, adminToken, pgUrl: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu` });
  }
  if (!wrkOnly && !salesOnly && !contractsOnly && !receivablesOnly && Number(process.env.BENCH_CUSTOMERS ?? 1_000_000) > 0) {
    if (!reclaimOnly) await customerBenchmarks({ base, adminToken: login.accessToken, pgUrl: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu` });
    if (!importOnly && !queriesOnly) {
      // The customer benchmarks and the reclaim setup outlast an access token: the benchmark logs in when it needs one.
      const adminToken = async () =>
        (await (await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })).json()).accessToken;
      await poolReclaimBenchmark({ base, adminToken, pgUrl: `postgres://kehu:kehu@127.0.0.1:${pgPort}/kehu` });
    }
  }
} finally {
  if (bare && bare.exitCode === null) {
    bare.kill('SIGTERM');
    await new Promise((r) => bare.on('exit', r));
  }
  await pool?.end();
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  if (!keepData) rmSync(dataDir, { recursive: true, force: true });
}
