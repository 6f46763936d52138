import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { PrincipalResolver } from '@kehu/server-core';
import { Stage } from '../lifecycle/customer-lifecycle';
import { CustomerModule } from '../customer.module';
import { CUSTOMER_COUNT_CAP } from './customers.service';
import type { CustomerQueryDto } from './customer.dto';
import { CustomerQueries } from '../storage/customer-queries';
import { CustomerStore } from '../storage/customer-store';
import { customerMigrations } from '../migrations';

describe('customer list paging at scale', () => {
  let t: TestApp;
  let rep: { id: string; token: string };
  let other: { id: string; token: string };
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    const dept = await createDepartment(t, admin, '销售部');
    rep = await createUser(t, admin, { username: 'bigrep', roles: ['sales_rep'], departmentId: dept });
    other = await createUser(t, admin, { username: 'smallrep', roles: ['sales_rep'], departmentId: dept });
    // More customers than the list counts: CUSTOMER_COUNT_CAP + 5 for one rep (6 of them in beijing), 3 for another.
    const insert = (owner: string, from: number, count: number, prefix: string) =>
      CustomerStore.insertRows(
        t.db,
        ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'owner_id', 'department_id', 'region'],
        `SELECT $3 || i, $3 || '客户' || i, lower($3) || i, lower($3) || i, 'manufacturing', '地址', '0523-' || (10000000 + i), '批量',
                $1::uuid, $2::uuid, CASE WHEN i % 150 = 0 THEN 'beijing' ELSE 'jiangsu' END
           FROM generate_series($4::int, $4::int + $5::int - 1) AS i`,
        [owner, dept, prefix, from, count],
      );
    await insert(rep.id, 1, CUSTOMER_COUNT_CAP + 5, 'BIG');
    await insert(other.id, 100_000, 3, 'SMALL');
  });
  afterAll(() => t.close());

  const list = (token: string, query = '') => t.http.get(`/api/v1/customers?${query}`).auth(token, { type: 'bearer' });

  it('stops counting at the cap and says so, while paging still works up to it', async () => {
    const first = await list(rep.token, 'pageSize=50');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: CUSTOMER_COUNT_CAP, totalCapped: true, page: 1, pageSize: 50 });
    expect(first.body.items).toHaveLength(50);
    const lastPage = CUSTOMER_COUNT_CAP / 50;
    const last = await list(rep.token, `pageSize=50&page=${lastPage}&sort=name`);
    expect(last.body.items).toHaveLength(50);
    expect(last.body.totalCapped).toBe(true);
    // Keyset order is stable: page 1 and page 2 never share a row.
    const p1 = (await list(rep.token, 'pageSize=200&sort=name')).body.items.map((c: { id: string }) => c.id);
    const p2 = (await list(rep.token, 'pageSize=200&sort=name&page=2')).body.items.map((c: { id: string }) => c.id);
    expect(new Set([...p1, ...p2]).size).toBe(400);
  });

  it('counts exactly below the cap: filters, search and a small scope', async () => {
    expect((await list(rep.token, 'region=beijing')).body).toMatchObject({ total: 6, totalCapped: false });
    expect((await list(rep.token, `q=${encodeURIComponent('big100')}`)).body).toMatchObject({ total: 7, totalCapped: false });
    const small = await list(other.token, 'pageSize=2');
    expect(small.body).toMatchObject({ total: 3, totalCapped: false });
    expect(small.body.items).toHaveLength(2);
    expect((await list(other.token, 'pageSize=2&page=5')).body).toMatchObject({ items: [], total: 3, totalCapped: false });
  });

  it('pages, sorts and caps search results; a customer matching in several ways appears once', async () => {
    // 'big' is in every one of the rep's names: more matches than the count's cap.
    const all = await list(rep.token, 'q=big&pageSize=100&sort=name');
    expect(all.body).toMatchObject({ total: CUSTOMER_COUNT_CAP, totalCapped: true });
    const names = all.body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort());
    const next = await list(rep.token, 'q=big&pageSize=100&sort=name&page=2');
    expect(next.body.items[0].name > names[99]).toBe(true);
    // Filters apply inside the search, and the other rep's customers stay out of it.
    expect((await list(rep.token, 'q=big&region=beijing')).body).toMatchObject({ total: 6, totalCapped: false });
    expect((await list(other.token, 'q=big')).body).toMatchObject({ total: 0, totalCapped: false });
    // A page past the end of the results still says how many there are.
    expect((await list(rep.token, 'q=big100&page=5')).body).toMatchObject({ items: [], total: 7, totalCapped: false });
    // BIG1 matches by its code and by name containment ("big1" is in big1, big10…): listed once.
    const byCode = await list(rep.token, 'q=BIG1&pageSize=100&sort=code');
    const ids = byCode.body.items.map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byCode.body.items.filter((c: { code: string }) => c.code === 'BIG1')).toHaveLength(1);
  });

  it('an administrator’s search reads the profiles alone unless it filters or sorts by a lifecycle column, with the same answers', async () => {
    // "big100" matches BIG100 and BIG1000–BIG1005 (the rep's), "small" the other rep's three.
    const codes = async (query: string): Promise<Array<[string, string]>> =>
      (await list(admin, query)).body.items.map((c: { code: string; ownerId: string }) => [c.code, c.ownerId]);
    const mine = (from: Array<[string, string]>) => from.filter(([, owner]) => owner === rep.id).map(([code]) => code);
    const byName = await codes('q=big100&sort=name');
    expect(byName.map(([code]) => code)).toEqual(['BIG100', 'BIG1000', 'BIG1001', 'BIG1002', 'BIG1003', 'BIG1004', 'BIG1005']);
    expect(mine(byName)).toHaveLength(7);
    // Filtered by owner, status or stage, or sorted by status or deadline: the lifecycle row is read too.
    expect(mine(await codes(`q=big100&ownerId=${rep.id}&sort=name`))).toEqual(byName.map(([code]) => code));
    expect(await codes(`q=big100&ownerId=${other.id}`)).toEqual([]);
    expect((await codes('q=small&status=POTENTIAL&sort=code')).map(([code]) => code)).toEqual(['SMALL100000', 'SMALL100001', 'SMALL100002']);
    expect(await codes('q=small&status=POOL')).toEqual([]);
    expect((await codes('q=small&sort=-status')).map(([code]) => code).sort()).toEqual(['SMALL100000', 'SMALL100001', 'SMALL100002']);
    expect((await list(admin, 'q=small&mine=true')).body).toMatchObject({ items: [], total: 0 });
  });

  it('pool list: counted up to the cap, newest in the pool first, and the reverse order ascending', async () => {
    // CUSTOMER_COUNT_CAP + 5 pool customers, one a minute; 5 of them from a region of their own.
    await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'status', 'pool_entered_at', 'pool_reason', 'region'],
      `SELECT 'POOL' || i, '公海客户' || i, 'pool' || i, 'pool' || i, 'manufacturing', '地址', '0511-' || (10000000 + i), '公海',
              'POOL', timestamptz '2026-11-01T00:00:00Z' + i * interval '1 minute', 'EXPIRED', CASE WHEN i <= 5 THEN 'shanghai' ELSE 'jiangsu' END
         FROM generate_series(1, $1::int) AS i`,
      [CUSTOMER_COUNT_CAP + 5],
    );
    const pool = (query: string) => t.http.get(`/api/v1/customers/pool?${query}`).auth(rep.token, { type: 'bearer' });
    const newest = await pool('pageSize=3');
    expect(newest.status).toBe(200);
    expect(newest.body).toMatchObject({ total: CUSTOMER_COUNT_CAP, totalCapped: true });
    expect(newest.body.items.map((c: { code: string }) => c.code)).toEqual([`POOL${CUSTOMER_COUNT_CAP + 5}`, `POOL${CUSTOMER_COUNT_CAP + 4}`, `POOL${CUSTOMER_COUNT_CAP + 3}`]);
    const oldest = await pool('pageSize=3&sort=poolEnteredAt');
    expect(oldest.body.items.map((c: { code: string }) => c.code)).toEqual(['POOL1', 'POOL2', 'POOL3']);
    expect((await pool('region=shanghai')).body).toMatchObject({ total: 5, totalCapped: false });
  });

  it('pool list by reason: the rare reasons along their own index, which holds no expired customer', async () => {
    // Three abandoned customers and one rejected among the 1,005 expired ones of the previous test.
    await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'status', 'pool_entered_at', 'pool_reason'],
      `SELECT 'LEFT' || i, '放弃客户' || i, 'left' || i, 'left' || i, 'manufacturing', '地址', '0512-' || (10000000 + i), '公海',
              'POOL', timestamptz '2026-10-01T00:00:00Z' + i * interval '1 day', CASE WHEN i = 4 THEN 'REJECTED' ELSE 'ABANDONED' END
         FROM generate_series(1, 4) AS i`,
    );
    const pool = (query: string) => t.http.get(`/api/v1/customers/pool?${query}`).auth(rep.token, { type: 'bearer' });
    const abandoned = await pool('poolReason=ABANDONED');
    expect(abandoned.body).toMatchObject({ total: 3, totalCapped: false });
    expect(abandoned.body.items.map((c: { code: string }) => c.code)).toEqual(['LEFT3', 'LEFT2', 'LEFT1']);
    expect((await pool('poolReason=REJECTED')).body.items.map((c: { code: string }) => c.code)).toEqual(['LEFT4']);
    expect((await pool('poolReason=EXPIRED&pageSize=1')).body).toMatchObject({ total: CUSTOMER_COUNT_CAP, totalCapped: true });
    // Filtered and in another order than the entry date, page by page, as SQL sorts them.
    for (const [filter, sort, orderBy] of [
      ['region=jiangsu', 'name', 'name ASC, id ASC'],
      ['poolReason=EXPIRED', '-code', 'code DESC, id DESC'],
      ['industry=manufacturing', '-createdAt', 'created_at DESC, id DESC'],
    ]) {
      const ids: string[] = [];
      for (const page of [1, 2]) {
        const res = await pool(`${filter}&sort=${sort}&pageSize=20&page=${page}`);
        expect(res.status).toBe(200);
        ids.push(...res.body.items.map((c: { id: string }) => c.id));
      }
      const [column, value] = filter.split('=');
      const sqlColumn = column.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
      const expected = await t.db.query(
        `SELECT id FROM customer WHERE deleted_at IS NULL AND status = 'POOL' AND ${sqlColumn} = $1 ORDER BY ${orderBy} LIMIT 40`,
        [value],
      );
      expect({ filter, sort, ids }).toEqual({ filter, sort, ids: expected.map((r: { id: string }) => r.id) });
    }
    expect((await pool('region=shanghai&sort=name&page=9')).body).toMatchObject({ items: [], total: 5 });
    // The pool walks read the state's copies of the profile's keys: an edit reaches them in the same statement.
    await t.db.query(`UPDATE customer_profile SET region = 'xizang', name = 'A 放弃客户' WHERE code = 'LEFT2'`);
    for (const sort of ['name', '-poolEnteredAt']) {
      expect((await pool(`region=xizang&sort=${sort}`)).body.items.map((c: { code: string; name: string }) => [c.code, c.name])).toEqual([['LEFT2', 'A 放弃客户']]);
    }
    expect((await pool('poolReason=ABANDONED&sort=name&pageSize=1')).body.items.map((c: { code: string }) => c.code)).toEqual(['LEFT2']);

    await t.db.query(`VACUUM ANALYZE customer_profile, customer_state, customer_owned`);
    const [{ reltuples }] = await t.db.query(`SELECT reltuples FROM pg_class WHERE relname = 'customer_pool_reason_idx'`);
    expect(Number(reltuples)).toBe(4);
    const plan = (sql: string) =>
      t.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off`);
        const rows = await tx.query(`EXPLAIN ${sql}`);
        return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      });
    // The page walks customer_state (poolStates), which carries the profile's pool filters.
    expect(
      await plan(
        `SELECT c.id FROM customer_state c WHERE c.deleted_at IS NULL AND c.status = 'POOL' AND c.pool_reason = 'ABANDONED'
          ORDER BY c.pool_entered_at DESC NULLS LAST, c.id DESC NULLS LAST LIMIT 20`,
      ),
    ).toMatch(/Index (Only )?Scan using customer_pool_reason_idx/);
    const filters = `c.pool_reason = 'EXPIRED' AND c.region = 'jiangsu' AND c.industry = 'x' AND c.level = 'x' AND c.grade = 'x'`;
    for (const [orderBy, index] of [
      ['c.pool_entered_at DESC NULLS LAST, c.id DESC NULLS LAST', 'customer_pool_idx'],
      ['c.name ASC NULLS LAST, c.id ASC NULLS LAST', 'customer_pool_name_idx'],
    ]) {
      expect(
        await plan(`SELECT c.id FROM customer_state c WHERE c.deleted_at IS NULL AND c.status = 'POOL' AND ${filters} ORDER BY ${orderBy} LIMIT 1001`),
      ).toMatch(new RegExp(`Index Only Scan using ${index} on customer_state`));
    }
  });

  it('the owner-led indexes hold owned customers only and still serve a rep’s lists and deadlines, also as generic plans', async () => {
    await t.db.query(`UPDATE customer_profile SET next_contact_at = timestamptz '2026-12-01T00:00:00Z' WHERE code IN ('BIG1', 'BIG2', 'POOL1')`);
    await t.db.query(`VACUUM ANALYZE customer_profile, customer_state, customer_owned`);
    const [{ owned, unowned }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE owner_id IS NOT NULL)::int AS owned, count(*) FILTER (WHERE owner_id IS NULL)::int AS unowned FROM customer WHERE deleted_at IS NULL`,
    );
    expect(unowned).toBeGreaterThan(CUSTOMER_COUNT_CAP);
    // After a VACUUM an index's reltuples is its number of entries (give or take a version VACUUM could not remove yet).
    const entries = async (index: string) =>
      Number((await t.db.query(`SELECT reltuples FROM pg_class WHERE relname = $1`, [index]))[0].reltuples);
    for (const index of ['customer_owner_idx', 'customer_owner_name_idx', 'customer_owner_updated_idx']) {
      expect(await entries(index)).toBeGreaterThanOrEqual(owned);
      expect(await entries(index)).toBeLessThan(owned + unowned);
    }
    expect(await entries('customer_next_contact_idx')).toBe(2);

    // The page statements the list module builds for the rep, planned as the prepared pool plans them (generic).
    const plan = async (query: Partial<CustomerQueryDto>) => {
      const principal = (await t.app.get(PrincipalResolver).resolveBearer(rep.token))!;
      const built = t.app.get(CustomerQueries).build(principal, { page: 1, pageSize: 20, ...query } as CustomerQueryDto);
      expect(built.generic).toBe(true);
      return t.db.transaction(async (tx) => {
        // Only an index can deliver the order: if the partial index did not apply, the plan would sort a scan.
        await tx.query(`SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_incremental_sort = off`);
        const rows = await tx.query(`EXPLAIN (GENERIC_PLAN) ${built.sql}`);
        return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan({ sort: '-createdAt' })).toMatch(/Index Only Scan using customer_owner_idx/);
    expect(await plan({ sort: 'name' })).toMatch(/Index (Only )?Scan using customer_owner_name_idx/);
    expect(await plan({ sort: '-updatedAt' })).toMatch(/Index (Only )?Scan using customer_owner_updated_idx/);
    // "My protected customers": the stages the SPA asks for, in deadline order, answered from the index.
    const protectedStages = [Stage.PotentialPending, Stage.PotentialProtected, Stage.PotentialRejected, Stage.Intent];
    expect(await plan({ sort: 'protectionUntil,name', stage: protectedStages, mine: true })).toMatch(/Index Only Scan using customer_owner_protection_idx/);
    expect(await entries('customer_owner_protection_idx')).toBeLessThan(owned + unowned);
  });

  it('sorts by deadline, last and next contact with the customers without one last, and by code, both ways, across pages and scopes', async () => {
    // 30 of the rep's customers get a value in each column (a different 30 each time), two of them the same one (the id breaks the tie).
    for (const [column, skip] of [
      ['protection_until', 0],
      ['last_contact_at', 100],
      ['next_contact_at', 200],
    ] as const) {
      const table = column === 'protection_until' ? 'customer_state' : 'customer_profile';
      await t.db.query(
        `UPDATE ${table} SET ${column} = timestamptz '2026-12-01T00:00:00Z' + (CASE WHEN i = 7 THEN 8 ELSE i END) * interval '1 hour'
           FROM (SELECT id, row_number() OVER (ORDER BY code) AS i FROM customer WHERE code LIKE 'BIG%' ORDER BY code OFFSET $1 LIMIT 30) picked
          WHERE ${table}.id = picked.id`,
        [skip],
      );
    }
    const expected = async (column: string, direction: 'ASC' | 'DESC', ownerId: string | null) =>
      (
        await t.db.query(
          `SELECT id FROM customer WHERE deleted_at IS NULL AND ($1::uuid IS NULL OR owner_id = $1)
            ORDER BY ${column} ${direction} NULLS LAST, id ${direction} LIMIT 60`,
          [ownerId],
        )
      ).map((r: { id: string }) => r.id);
    const admin = await adminToken(t);
    for (const [key, column] of [
      ['protectionUntil', 'protection_until'],
      ['lastContactAt', 'last_contact_at'],
      ['nextContactAt', 'next_contact_at'],
      ['code', 'code'],
    ] as const) {
      for (const [token, ownerId] of [
        [rep.token, rep.id],
        [admin, null],
      ] as const) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const ids: string[] = [];
          for (const page of [1, 2, 3]) {
            const res = await list(token, `sort=${direction === 'DESC' ? '-' : ''}${key}&pageSize=20&page=${page}`);
            expect(res.status).toBe(200);
            ids.push(...res.body.items.map((c: { id: string }) => c.id));
          }
          expect({ key, direction, ids }).toEqual({ key, direction, ids: await expected(column, direction, ownerId) });
        }
      }
    }
    const first = (await list(rep.token, 'sort=protectionUntil&pageSize=2')).body.items;
    expect(first.map((c: { protectionUntil: string }) => c.protectionUntil)).toEqual(['2026-12-01T01:00:00.000Z', '2026-12-01T02:00:00.000Z']);
  });

  it('sorts by status along its index — within a status newest first, oldest first descending — across pages and scopes', async () => {
    // Four statuses among the rep's customers, three created in each hour (the id breaks those ties).
    const picked = `(SELECT id, row_number() OVER (ORDER BY code) AS i FROM customer WHERE code LIKE 'BIG%') picked`;
    const createdAt = `timestamptz '2026-10-01T00:00:00Z' + (i / 3) * interval '1 hour'`;
    await t.db.query(
      `UPDATE customer_state SET status = (ARRAY['POTENTIAL','INTENT','FORMAL','LOST'])[1 + i % 4], created_at = ${createdAt}
         FROM ${picked} WHERE customer_state.id = picked.id`,
    );
    await t.db.query(`UPDATE customer_profile SET created_at = ${createdAt} FROM ${picked} WHERE customer_profile.id = picked.id`);
    const expected = async (direction: 'ASC' | 'DESC', ownerId: string | null) => {
      const within = direction === 'ASC' ? 'DESC' : 'ASC';
      const rows = await t.db.query(
        `SELECT id FROM customer WHERE deleted_at IS NULL AND ($1::uuid IS NULL OR owner_id = $1)
          ORDER BY status ${direction}, created_at ${within}, id ${within} LIMIT 60`,
        [ownerId],
      );
      return rows.map((r: { id: string }) => r.id);
    };
    const admin = await adminToken(t);
    for (const [token, ownerId] of [
      [rep.token, rep.id],
      [admin, null],
    ] as const) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const ids: string[] = [];
        for (const page of [1, 2, 3]) {
          const res = await list(token, `sort=${direction === 'DESC' ? '-' : ''}status&pageSize=20&page=${page}`);
          expect(res.status).toBe(200);
          ids.push(...res.body.items.map((c: { id: string }) => c.id));
        }
        expect({ direction, ids }).toEqual({ direction, ids: await expected(direction, ownerId) });
      }
    }
    // Every owned customer's page is read along customer_status_idx, forwards or backwards, not sorted (the pool's is a walk of its own):
    // the statement the list module builds for an administrator, planned for its values as it runs.
    const plan = async (sort: string) => {
      const principal = (await t.app.get(PrincipalResolver).resolveBearer(admin))!;
      const built = t.app.get(CustomerQueries).build(principal, { page: 1, pageSize: 20, sort } as CustomerQueryDto);
      expect(built.generic).toBe(false);
      return t.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_incremental_sort = off`);
        const rows = await tx.query(`EXPLAIN ${built.sql}`, built.values);
        return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan('status')).toMatch(/Index Only Scan using customer_status_idx/);
    expect(await plan('-status')).toMatch(/Index Only Scan Backward using customer_status_idx/);
  });

  it('the customer tables are vacuumed and analysed after changes to 2 % of them (a bulk import among a million)', async () => {
    const rows: Array<{ relname: string; reloptions: string[] }> = await t.db.query(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('customer_profile', 'customer_state', 'customer_owned', 'contact', 'customer_history') ORDER BY relname`,
    );
    expect(rows.map((r) => r.relname)).toEqual(['contact', 'customer_history', 'customer_owned', 'customer_profile', 'customer_state']);
    for (const { reloptions } of rows) {
      expect(reloptions).toEqual(
        expect.arrayContaining(['autovacuum_vacuum_insert_scale_factor=0.02', 'autovacuum_vacuum_scale_factor=0.05', 'autovacuum_analyze_scale_factor=0.02']),
      );
    }
  });
});
