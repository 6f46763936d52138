#!/usr/bin/env node
// Top self-time frames of a V8 CPU profile (what `--cpu-prof` writes, e.g. through
// BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"), and self time per package, as text tables
// for docs/performance.md. Usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const delta = profile.timeDeltas[i] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfUs].filter(([id]) => ['(idle)', '(program)'].includes(byId.get(id).callFrame.functionName)).reduce((a, [, us]) => a + us, 0);

/** Where a frame's code lives: a package, Node's internals, V8, or the app bundle. */
function area(frame) {
  const url = frame.url ?? '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  if (url.includes('dist/apps/api')) return 'kehu (bundle)';
  return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
}

const frames = new Map();
const areas = new Map();
for (const [id, us] of selfUs) {
  const { callFrame } = byId.get(id);
  if (['(idle)', '(program)'].includes(callFrame.functionName)) continue;
  const key = `${callFrame.functionName || '(anonymous)'} ${(callFrame.url ?? '').replace(/^.*node_modules\//, '').replace(/^.*dist\/apps\/api\//, '')}:${callFrame.lineNumber + 1}`;
  frames.set(key, (frames.get(key) ?? 0) + us);
  areas.set(area(callFrame), (areas.get(area(callFrame)) ?? 0) + us);
}
const busy = total - idle;
const pct = (us) => ((100 * us) / busy).toFixed(1);
console.log(`busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s profiled`);
console.log('\n| self % of busy | frame |\n|---:|---|');
for (const [key, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`| ${pct(us)} | \`${key}\` |`);
console.log('\n| self % of busy | where |\n|---:|---|');
for (const [key, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`| ${pct(us)} | ${key} |`);
