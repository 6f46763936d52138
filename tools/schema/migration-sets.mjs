// The migration classes of the working tree or of any git revision, loaded without a build: each module's
// `libs/server/*/src/migrations/` folder is transpiled (TypeScript → CommonJS, types stripped) into a
// scratch folder under node_modules/.cache and its index.ts is required. Migrations import nothing but
// `typeorm` and each other, so a folder stands alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

export const root = resolve(import.meta.dirname, '../..');
const scratchRoot = join(root, 'node_modules/.cache/kehu-schema');

/** The class name's 13-digit suffix, as TypeORM reads it. */
export const timestampOf = (migration) => Number(migration.name.slice(-13));

/** The migrations the working tree wires up, checked against the files beside them and apps/api's list. */
export function workingTreeMigrations() {
  const files = [];
  for (const lib of readdirSync(join(root, 'libs/server'))) {
    const folder = `libs/server/${lib}/src/migrations`;
    let names;
    try {
      names = readdirSync(join(root, folder));
    } catch {
      continue;
    }
    for (const name of names)
      if (isMigrationSource(name)) files.push({ path: `${folder}/${name}`, source: readFileSync(join(root, folder, name), 'utf8') });
  }
  const sets = load(files, 'working-tree');
  checkWiring(sets, readFileSync(join(root, 'apps/api/src/migrations.ts'), 'utf8'));
  return sets.flatMap((s) => s.migrations);
}

/** The migrations wired up at a git revision (e.g. the history before a squash). */
export function migrationsAt(revision) {
  const listed = git('ls-tree', '-r', '--name-only', revision, '--', 'libs/server').split('\n');
  const files = listed
    .filter((path) => /^libs\/server\/[^/]+\/src\/migrations\/[^/]+$/.test(path) && isMigrationSource(path.split('/').pop()))
    .map((path) => ({ path, source: git('show', `${revision}:${path}`) }));
  return load(files, `rev-${revision.replace(/[^\w.-]/g, '_')}`).flatMap((s) => s.migrations);
}

export function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
}

function isMigrationSource(name) {
  return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts');
}

/** Transpiles the files into a scratch folder and requires every module's migrations/index. */
function load(files, label) {
  const out = join(scratchRoot, label);
  rmSync(out, { recursive: true, force: true });
  for (const { path, source } of files) {
    const { outputText } = ts.transpileModule(source, {
      fileName: path,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const target = join(out, path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  const require = createRequire(join(out, 'index.js'));
  const folders = [...new Set(files.map((f) => dirname(f.path)))].sort();
  return folders.map((folder) => {
    const index = files.find((f) => f.path === `${folder}/index.ts`);
    if (!index) throw new Error(`${folder} has no index.ts listing its migrations`);
    const exported = Object.entries(require(join(out, folder, 'index.js'))).filter(([, value]) => Array.isArray(value));
    if (exported.length !== 1) throw new Error(`${folder}/index.ts must export exactly one array of migrations`);
    const [exportName, migrations] = exported[0];
    for (const file of files.filter((f) => dirname(f.path) === folder && f !== index)) {
      const classes = Object.values(require(join(out, file.path.replace(/\.ts$/, '.js')))).filter((v) => typeof v === 'function');
      for (const migration of classes) {
        if (!migrations.includes(migration))
          throw new Error(`${file.path}: ${migration.name} is not listed in ${folder}/index.ts (${exportName})`);
      }
    }
    return { folder, exportName, migrations };
  });
}

/** Every module's list must reach the API, or a fresh database and a running server would differ. */
function checkWiring(sets, apiMigrations) {
  for (const { folder, exportName } of sets) {
    if (!new RegExp(`\\.\\.\\.${exportName}\\b`).test(apiMigrations)) {
      throw new Error(`apps/api/src/migrations.ts does not include ${exportName} (${folder})`);
    }
  }
}
