#!/usr/bin/env node
// Proves that the migration baselines changed nothing: migrates one database with the history they
// replaced (as of git revision --old, default: the commit before the squash) and one with the working
// tree's migrations, and compares the two schemas (tools/schema/dump-schema.mjs; the migrations table's
// rows differ, its definition does not). Migrations added after the baselines run on both sides, so the
// proof still holds once new ones land. Also compares `pg_dump --schema-only` of both when a pg_dump of
// the server's major version is on PATH (or named by $PG_DUMP). Exits 1 when the schemas differ.
//
//   node tools/schema-diff.mjs [--old <git revision>] [--keep <folder>]   (--keep writes old.sql and new.sql there)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { dumpSchema } from './schema/dump-schema.mjs';
import { git, migrationsAt, timestampOf, workingTreeMigrations } from './schema/migration-sets.mjs';
import { withScratchPostgres } from './schema/scratch-postgres.mjs';

const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** The parent of the commit that removed the customer module's last pre-squash migration. */
function commitBeforeSquash() {
  const squash = git(
    'log',
    '-1',
    '--format=%H',
    '--diff-filter=D',
    '--',
    'libs/server/customer/src/migrations/1763900022000-customer-state-split.ts',
  ).trim();
  if (!squash) throw new Error('No commit removed the pre-squash migrations on this branch: name the old history with --old <revision>');
  return `${squash}^`;
}

const oldRevision = option('--old') ?? commitBeforeSquash();
const replaced = migrationsAt(oldRevision);
const current = workingTreeMigrations();
const lastReplaced = Math.max(...replaced.map(timestampOf));
const incremental = current.filter((m) => timestampOf(m) > lastReplaced);
const sides = {
  old: [...replaced, ...incremental],
  new: current,
};
console.log(
  `old: ${replaced.length} migrations of ${git('rev-parse', '--short', oldRevision).trim()}, new: ${current.length} of the working tree` +
    (incremental.length ? `; both with the ${incremental.length} later ones (${incremental.map((m) => m.name).join(', ')})` : ''),
);

function pgDumpFor(serverMajor) {
  const candidate = process.env.PG_DUMP ?? 'pg_dump';
  const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)(?:\.\d+)?/.exec(version.stdout ?? '')?.[1]);
  return major === serverMajor ? candidate : null;
}

const dumps = await withScratchPostgres(async (server) => {
  const result = {};
  for (const [side, migrations] of Object.entries(sides)) {
    const url = await server.migrated(`schema_${side}`, migrations);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      result[side] = { catalog: await dumpSchema(client) };
      const serverMajor = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
      const pgDump = pgDumpFor(serverMajor);
      if (pgDump) {
        const raw = execFileSync(pgDump, ['--schema-only', '--no-owner', '--no-privileges', url], { encoding: 'utf8' });
        // Version lines and the random \restrict key differ between any two runs.
        result[side].pgDump = raw
          .split('\n')
          .filter((l) => !/^(-- Dumped (from|by)|\\(un)?restrict )/.test(l))
          .join('\n');
      }
    } finally {
      await client.end();
    }
  }
  return result;
});

const keep = option('--keep');
if (keep) {
  mkdirSync(resolve(keep), { recursive: true });
  for (const side of Object.keys(sides)) writeFileSync(join(resolve(keep), `${side}.sql`), dumps[side].catalog);
}

let differ = false;
for (const kind of ['catalog', 'pgDump']) {
  if (dumps.old[kind] === undefined) {
    console.log(`${kind}: skipped (no pg_dump of the server's major version; set PG_DUMP)`);
    continue;
  }
  const [a, b] = [dumps.old[kind].split('\n'), dumps.new[kind].split('\n')];
  if (dumps.old[kind] === dumps.new[kind]) {
    console.log(`${kind}: identical (${a.length} lines)`);
    continue;
  }
  differ = true;
  const first = a.findIndex((line, i) => line !== b[i]);
  console.log(
    `${kind}: DIFFERENT from line ${first + 1}:\n- ${a[first]}\n+ ${b[first]}${keep ? `\n(full dumps in ${keep})` : ' (--keep <folder> writes both dumps)'}`,
  );
}
process.exit(differ ? 1 : 0);
