#!/usr/bin/env node
// `npm start`: builds the API and the SPA when they are missing or out of date (Nx caches the
// builds, so a warm start skips them), then runs the server in this process's place.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const nx = join(root, 'node_modules/.bin/nx');
const build = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, KEHU_WEB_ROOT: process.env.KEHU_WEB_ROOT ?? join(root, 'dist/apps/web') },
});
// Ctrl-C reaches the server through the terminal's process group; forward SIGTERM ourselves.
process.on('SIGTERM', () => server.kill('SIGTERM'));
process.on('SIGINT', () => {});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
