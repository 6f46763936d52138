import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { coreMigrations } from '../migrations';
import { createTestDatabase } from '../testing/test-database';
import { DataScope } from './data-scope';
import type { Principal } from './principal';
import { positional } from '../database/prepared-statements';
import { ScopedColumns, visibleBranches, visibleTo, whereVisibleTo } from './scoped-query';

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DEPT_EAST = U(100);
const DEPT_EAST_TEAM = U(101);
const DEPT_WEST = U(200);
const ME = U(1);
const COLLEAGUE = U(2);
const TEAM_MATE = U(3);
const STRANGER = U(4);

function principal(dataScope: DataScope, scopeDepartmentIds: string[] | null): Principal {
  return {
    kind: 'user',
    userId: ME,
    username: 'me',
    displayName: 'Me',
    departmentId: DEPT_EAST,
    roleCodes: [],
    permissions: new Set(),
    dataScope,
    scopeDepartmentIds,
  };
}

describe('data scope', () => {
  let db: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase(coreMigrations);
    drop = database.drop;
    db = new DataSource(buildDataSourceOptions(database.url, []));
    await db.initialize();
    await db.query(`CREATE TABLE thing (id text PRIMARY KEY, owner_id uuid, department_id uuid)`);
    await db.query(`CREATE TABLE thing_team (thing_id text, user_id uuid)`);
    await db.query(
      `INSERT INTO thing VALUES ('mine', $1, $4), ('colleague', $2, $4), ('team', $3, $5), ('west', $6, $7), ('shared', $6, $7)`,
      [ME, COLLEAGUE, TEAM_MATE, DEPT_EAST, DEPT_EAST_TEAM, STRANGER, DEPT_WEST],
    );
    await db.query(`INSERT INTO thing_team VALUES ('shared', $1)`, [ME]);
  });
  afterAll(async () => {
    await db.destroy();
    await drop();
  });

  async function visible(p: Principal, withTeam = false): Promise<string[]> {
    const qb = db.createQueryBuilder().select('t.id', 'id').from('thing', 't');
    whereVisibleTo(qb, p, columns(withTeam));
    const rows: Array<{ id: string }> = await qb.orderBy('t.id').getRawMany();
    return rows.map((r) => r.id);
  }

  it('SELF sees only own rows', async () => {
    expect(await visible(principal(DataScope.Self, []))).toEqual(['mine']);
  });

  it('DEPARTMENT sees its department', async () => {
    expect(await visible(principal(DataScope.Department, [DEPT_EAST]))).toEqual(['colleague', 'mine']);
  });

  it('DEPARTMENT_AND_CHILDREN sees the subtree', async () => {
    expect(await visible(principal(DataScope.DepartmentAndChildren, [DEPT_EAST, DEPT_EAST_TEAM]))).toEqual(['colleague', 'mine', 'team']);
  });

  it('ALL sees everything', async () => {
    expect(await visible(principal(DataScope.All, null))).toEqual(['colleague', 'mine', 'shared', 'team', 'west']);
  });

  it('team members see the record whatever their scope', async () => {
    expect(await visible(principal(DataScope.Self, []), true)).toEqual(['mine', 'shared']);
  });

  it('counts agree with lists', async () => {
    const qb = db.createQueryBuilder().select('count(*)::int', 'n').from('thing', 't');
    whereVisibleTo(qb, principal(DataScope.Department, [DEPT_EAST]), columns(false));
    expect((await qb.getRawOne()).n).toBe(2);
  });

  it('the fragment works in hand-written SQL beside other named parameters', async () => {
    const p = principal(DataScope.Department, [DEPT_EAST]);
    const scope = visibleTo(p, columns(true));
    const rows: Array<{ id: string }> = await db.query(
      ...positional(db, `SELECT t.id FROM thing t WHERE t.id <> :except AND ${scope.sql} ORDER BY t.id`, { ...scope.params, except: 'colleague' }),
    );
    expect(rows.map((r) => r.id)).toEqual(['mine', 'shared']);
  });

  it('without team seats it is the caller’s own scope', async () => {
    const scope = visibleTo(principal(DataScope.Self, []), columns(true), { team: false });
    const rows: Array<{ id: string }> = await db.query(...positional(db, `SELECT t.id FROM thing t WHERE ${scope.sql} ORDER BY t.id`, scope.params));
    expect(rows.map((r) => r.id)).toEqual(['mine']);
  });

  it.each([
    ['SELF', DataScope.Self, [] as string[]],
    ['DEPARTMENT', DataScope.Department, [DEPT_EAST]],
    ['DEPARTMENT_AND_CHILDREN', DataScope.DepartmentAndChildren, [DEPT_EAST, DEPT_EAST_TEAM]],
  ])('the branches of %s are disjoint and together are exactly the scope', async (_, scope, depts) => {
    const p = principal(scope, depts);
    const perBranch: string[][] = [];
    for (const branch of visibleBranches(p, columns(true)) ?? []) {
      const rows: Array<{ id: string }> = await db.query(...positional(db, `SELECT t.id FROM thing t WHERE ${branch.sql}`, branch.params));
      perBranch.push(rows.map((r) => r.id));
    }
    const all = perBranch.flat().sort();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(await visible(p, true));
  });

  it('ALL has no branches: nothing to restrict', () => {
    expect(visibleBranches(principal(DataScope.All, null), columns(true))).toBeNull();
  });
});

function columns(withTeam: boolean): ScopedColumns {
  return {
    owner: 't.owner_id',
    department: 't.department_id',
    team: withTeam ? { table: 'thing_team', recordColumn: 'thing_id', userColumn: 'user_id', recordId: 't.id' } : undefined,
  };
}
