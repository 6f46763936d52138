// Starts the built product on a throwaway data directory, removed again when Playwright stops it.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'kehu-e2e-'));
chmodSync(dataDir, 0o755);
const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  stdio: 'inherit',
  env: { ...process.env, KEHU_DATA_DIR: dataDir, KEHU_WEB_ROOT: join(root, 'dist/apps/web'), LOG_LEVEL: 'warn', KEHU_SCHEDULER: 'false' },
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
