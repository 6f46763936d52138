// A bounded closed-loop load generator: `concurrency` workers call `request()` until `seconds`
// have passed; answers requests/s and latency percentiles. Loopback only. A warm-up of the same load
// (BENCH_WARMUP_SECONDS, not measured) comes first: each new PostgreSQL backend pays a page fault on its
// first touch of each shared-cache page, and V8 compiles the hot paths (docs/performance.md).
const defaultWarmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
export async function load(request, { seconds = 5, concurrency = 16, warmupSeconds = defaultWarmup } = {}) {
  const run = async (duration, record) => {
    const deadline = performance.now() + duration * 1000;
    const latencies = [];
    let errors = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const started = performance.now();
          const ok = await request().catch(() => false);
          if (!ok) errors++;
          if (record) latencies.push(performance.now() - started);
        }
      }),
    );
    return { latencies, errors };
  };
  await run(warmupSeconds, false);
  const { latencies, errors } = await run(seconds, true);
  // Refused requests are fast: a run where they count would report figures of nothing.
  if (errors > latencies.length / 100) throw new Error(`${errors} of ${latencies.length} requests failed: the figures would measure error answers`);
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / seconds),
    p50: +at(50).toFixed(2),
    p95: +at(95).toFixed(2),
    p99: +at(99).toFixed(2),
  };
}
