#!/usr/bin/env node
// `npm run typecheck`: the TypeScript compiler over the server code and its tests. The builds and jest
// (SWC) strip types without checking them, so a spec could drift from the types it uses unnoticed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const projects = [
  'apps/api/tsconfig.app.json',
  'apps/api/tsconfig.spec.json',
  ...readdirSync(join(root, 'libs/server')).map((lib) => `libs/server/${lib}/tsconfig.spec.json`),
].filter((p) => existsSync(join(root, p)));
let failed = 0;
for (const project of projects) {
  const started = Date.now();
  const { status } = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', project], { cwd: root, stdio: 'inherit' });
  console.log(`${status === 0 ? 'ok  ' : 'FAIL'} ${project} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
