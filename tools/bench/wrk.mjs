// The hot requests driven by `wrk` (Debian package, C): each Kehu request and its bare equivalent
// (bare-server.mjs) measured back to back in the same run, so their ratio is comparable even on a
// busy machine. A Node load generator on the same two cores saturates before the servers do and
// squeezes both figures together (issue "Lean request pipeline"). Installs wrk when missing, as CI
// installs chromium. Env: BENCH_WRK_SECONDS (default 10), BENCH_WRK_CONNECTIONS (32),
// BENCH_WRK_THREADS (1), BENCH_WRK_ONLY (words of the
// requests to measure, e.g. "health,me"), BENCH_WARMUP_SECONDS (default 5, not measured).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name, fallback) => Number(process.env[name] ?? fallback);

export function ensureWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // `wrk --version` exits 1 after printing its version: only a missing binary is ENOENT.
    if (error.code !== 'ENOENT') return;
    console.log('wrk is missing: apt-get install -y wrk');
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], { stdio: 'inherit' });
  }
}

// wrk's own summary gives p50/p75/p90/p99; the p95 the targets name comes from this script's done().
const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("KEHU-WRK %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`;

function wrk(url, headers, { seconds, connections, threads }, measuring = true) {
  const dir = mkdtempSync(join(tmpdir(), 'kehu-wrk-'));
  const script = join(dir, 'report.lua');
  writeFileSync(script, REPORT);
  // A loaded machine can take seconds to answer: wrk's default 2 s timeout would count slow answers as errors.
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      const line = out.split('\n').find((l) => l.startsWith('KEHU-WRK '));
      if (code !== 0 || !line) return reject(new Error(`wrk ${url} exited ${code}: ${out}`));
      const [requests, errors, duration, p50, p95, p99] = line.split(' ').slice(1).map(Number);
      // Like load.mjs: failing answers (a 401 from an expired token, a 5xx) are not figures; the warm-up may fail some.
      if (measuring && errors > requests / 100) return reject(new Error(`wrk ${url}: ${errors} of ${requests} requests failed`));
      resolve({ requests, errors, rps: Math.round(requests / duration), p50, p95, p99 });
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux; 100 ticks a second). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** wrk against `url`, with the CPU time the server process `pid` spent meanwhile, per request. */
async function measured(url, headers, pid, options) {
  const before = cpuSeconds(pid);
  const result = await wrk(url, headers, options);
  return { ...result, cpuUs: Math.round(((cpuSeconds(pid) - before) * 1e6) / Math.max(1, result.requests)) };
}

/**
 * Measures each pair: `cases` is [{ name, kehu: { url, headers }, bare: { url } }], `pids` the two
 * servers' processes { kehu, bare }. Returns the rows of the table (also printed). Besides the
 * throughput ratio, each server's CPU time per request (its own process only, not PostgreSQL's or
 * wrk's): on a machine shared with other work, throughput swings with what else runs, CPU per
 * request much less — their ratio is the throughput ratio an otherwise idle machine would show.
 */
export async function wrkBenchmarks(cases, pids) {
  ensureWrk();
  const options = { seconds: env('BENCH_WRK_SECONDS', 10), connections: env('BENCH_WRK_CONNECTIONS', 32), threads: env('BENCH_WRK_THREADS', 1) };
  const warmup = { ...options, seconds: env('BENCH_WARMUP_SECONDS', 5) };
  const rows = {};
  // BENCH_WRK_ONLY: a comma-separated list of words; only the requests whose name contains one are measured.
  const only = (process.env.BENCH_WRK_ONLY ?? '').split(',').filter(Boolean);
  for (const c of cases.filter((c) => !only.length || only.some((word) => c.name.includes(word)))) {
    // Warm both (JIT, new PostgreSQL backends touching shared buffers), then measure both.
    if (warmup.seconds > 0) {
      await wrk(c.kehu.url, c.kehu.headers ?? {}, warmup, false);
      await wrk(c.bare.url, {}, warmup, false);
    }
    const kehu = await measured(c.kehu.url, c.kehu.headers ?? {}, pids.kehu, options);
    const bare = await measured(c.bare.url, {}, pids.bare, options);
    rows[c.name] = {
      'Kehu req/s': kehu.rps,
      'bare req/s': bare.rps,
      'ratio %': Math.round((100 * kehu.rps) / bare.rps),
      'Kehu CPU µs/req': kehu.cpuUs,
      'bare CPU µs/req': bare.cpuUs,
      'CPU ratio %': Math.round((100 * bare.cpuUs) / kehu.cpuUs),
      'Kehu p95 ms': kehu.p95,
      'bare p95 ms': bare.p95,
      errors: kehu.errors + bare.errors,
    };
  }
  console.log(`\nwrk, ${options.connections} connections, ${options.threads} thread(s), ${options.seconds} s each after ${warmup.seconds} s warm-up; Kehu and bare measured back to back`);
  console.table(rows);
  console.log('targets: GET one customer, GET one user, /auth/me, /health ≥ 60 % of bare; list page p95 unchanged or better');
  return rows;
}
