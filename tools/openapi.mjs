#!/usr/bin/env node
// Writes the OpenAPI document (apps/api/openapi.json) from the built API and generates the
// typed client (libs/api-client/src/schema.ts) from it. With --check, writes nothing and fails
// when either committed file is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const specFile = join(root, 'apps/api/openapi.json');
const clientFile = join(root, 'libs/api-client/src/schema.ts');
const check = process.argv.includes('--check');

const scratch = mkdtempSync(join(tmpdir(), 'kehu-spec-'));
const freshSpec = join(scratch, 'openapi.json');
try {
  execFileSync(process.execPath, [join(root, 'dist/apps/api/main.js'), 'openapi', freshSpec], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: process.env.KEHU_OPENAPI_DATABASE_URL ?? '' },
  });
  const spec = readFileSync(freshSpec, 'utf8');
  const banner = '/* Generated from apps/api/openapi.json by `npm run openapi`. Do not edit. */\n\n';
  const ast = await openapiTS(JSON.parse(spec));
  const client = await prettier.format(banner + astToString(ast), { parser: 'typescript', filepath: clientFile, ...(await prettier.resolveConfig(clientFile)) });
  if (check) {
    const stale = [
      [specFile, spec],
      [clientFile, client],
    ].filter(([file, fresh]) => !existsSync(file) || readFileSync(file, 'utf8') !== fresh);
    if (stale.length) {
      console.error(`Stale: ${stale.map(([f]) => f.replace(root + '/', '')).join(', ')}. Run \`npm run openapi\` and commit the result.`);
      process.exit(1);
    }
    console.log('OpenAPI document and client are up to date.');
  } else {
    writeFileSync(specFile, spec);
    writeFileSync(clientFile, client);
    console.log(`Wrote ${specFile.replace(root + '/', '')} and ${clientFile.replace(root + '/', '')}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
