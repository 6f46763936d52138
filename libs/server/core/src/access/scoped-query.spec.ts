import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { coreMigrations } from '../migrations';
import { createTestDatabase } from '../testing/test-database';
import { DataScope } from './data-scope';
import type { Principal } from './principal';
import { applyDataScope, isInDataScope } from './scoped-query';

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
    applyDataScope(qb, p, {
      owner: 't.owner_id',
      department: 't.department_id',
      team: withTeam ? { table: 'thing_team', recordColumn: 'thing_id', userColumn: 'user_id', recordId: 't.id' } : undefined,
    });
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
    applyDataScope(qb, principal(DataScope.Department, [DEPT_EAST]), { owner: 't.owner_id', department: 't.department_id' });
    expect((await qb.getRawOne()).n).toBe(2);
  });

  it('checks one loaded row the same way', () => {
    expect(isInDataScope(principal(DataScope.Self, []), { ownerId: ME, departmentId: DEPT_WEST })).toBe(true);
    expect(isInDataScope(principal(DataScope.Self, []), { ownerId: COLLEAGUE, departmentId: DEPT_EAST })).toBe(false);
    expect(isInDataScope(principal(DataScope.Department, [DEPT_EAST]), { ownerId: COLLEAGUE, departmentId: DEPT_EAST })).toBe(true);
    expect(isInDataScope(principal(DataScope.Department, [DEPT_EAST]), { ownerId: STRANGER, departmentId: DEPT_WEST })).toBe(false);
    expect(isInDataScope(principal(DataScope.All, null), { ownerId: STRANGER, departmentId: DEPT_WEST })).toBe(true);
  });
});
