import { randomUUID } from 'node:crypto';
import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, describeScopeHarness, ScopeActor, TestApp, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createUser, scopeWorld } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { productMigrations } from './migrations';
import { ProductFacade } from './product.facade';
import { ProductModule } from './product.module';

describe('product catalogue', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ProductModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...productMigrations],
    });
    admin = await adminToken(t);
    rep = (await createUser(t, admin, { username: 'rep_products', roles: ['sales_rep'] })).token;
  }, 60_000);
  afterAll(() => t?.close());

  const api = (token: string) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' }),
    post: (url: string, body: object) => t.http.post(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body),
    put: (url: string, body: object) => t.http.put(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body),
    patch: (url: string, body: object, ifMatch?: string) => {
      const req = t.http.patch(`/api/v1${url}`).auth(token, { type: 'bearer' });
      return (ifMatch ? req.set('If-Match', ifMatch) : req).send(body);
    },
    delete: (url: string) => t.http.delete(`/api/v1${url}`).auth(token, { type: 'bearer' }),
  });
  const body = (overrides: Record<string, unknown> = {}) => ({
    code: `P-${randomUUID().slice(0, 8)}`,
    name: '春意 3.5 匹柜机',
    model: 'KFR-72LW',
    spec: '一级能效',
    unit: '台',
    listPrice: '12800.00',
    taxRate: '13.00',
    status: 'ON_SALE',
    ...overrides,
  });
  const category = async (name: string, parentId?: string) => {
    const res = await api(admin).post('/product-categories', { name, parentId });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const codes = (res: { body: { items: Array<{ code: string }> } }) => res.body.items.map((p) => p.code).sort();

  it('keeps product lines on the tree service and filters products by a line’s whole subtree', async () => {
    const home = await category('家用空调');
    const split = await category('壁挂机', home);
    const office = await category('商用空调');
    await api(admin).post('/products', body({ code: 'SUB-1', categoryId: home })).expect(201);
    await api(admin).post('/products', body({ code: 'SUB-2', categoryId: split })).expect(201);
    await api(admin).post('/products', body({ code: 'SUB-3', categoryId: office })).expect(201);

    expect(codes(await api(rep).get(`/products?categoryId=${home}`))).toEqual(['SUB-1', 'SUB-2']);
    expect(codes(await api(rep).get(`/products?categoryId=${split}`))).toEqual(['SUB-2']);

    const tree = (await api(rep).get('/product-categories')).body as Array<{ id: string; productCount: number; children: Array<{ id: string; productCount: number }> }>;
    const homeNode = tree.find((n) => n.id === home)!;
    expect(homeNode.productCount).toBe(1);
    expect(homeNode.children.map((c) => [c.id, c.productCount])).toEqual([[split, 1]]);

    // Moving the sub-line under 商用空调 moves its products' subtree with it.
    await api(admin).post(`/product-categories/${split}/move`, { parentId: office }).expect(200);
    expect(codes(await api(rep).get(`/products?categoryId=${office}`))).toEqual(['SUB-2', 'SUB-3']);
    const cycle = await api(admin).post(`/product-categories/${office}/move`, { parentId: split });
    expect([cycle.status, cycle.body.type]).toEqual([409, 'https://kehu.dev/problems/product-category-cycle']);
    const inUse = await api(admin).delete(`/product-categories/${split}`);
    expect([inUse.status, inUse.body.type]).toEqual([409, 'https://kehu.dev/problems/product-category-in-use']);
    const taken = await api(admin).post('/product-categories', { name: '家用空调' });
    expect([taken.status, taken.body.errors[0].field]).toEqual([409, 'name']);
  });

  it('stores every field, exact decimals included, and answers it back', async () => {
    const res = await api(admin).post('/products', body({ code: 'FULL-1', listPrice: '0.10', taxRate: '9', stockOnHand: 7 }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: 'FULL-1', name: '春意 3.5 匹柜机', model: 'KFR-72LW', spec: '一级能效', unit: '台', listPrice: '0.10', taxRate: '9.00', status: 'ON_SALE', stockOnHand: 7, externalId: null, version: 1 });
    expect(res.body.stockUpdatedAt).toBe(t.clock.now().toISOString());
    expect((await api(rep).get(`/products/${res.body.id}`)).body).toEqual(res.body);
  });

  it('refuses bad input with 4xx naming the field', async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ listPrice: '-1.00' }, 400, 'listPrice'],
      [{ listPrice: '1.005' }, 400, 'listPrice'],
      [{ listPrice: 12 }, 400, 'listPrice'],
      [{ taxRate: '100.01' }, 400, 'taxRate'],
      [{ status: 'SOLD_OUT' }, 400, 'status'],
      [{ name: '  ' }, 400, 'name'],
      [{ stockOnHand: -1 }, 400, 'stockOnHand'],
      [{ categoryId: randomUUID() }, 400, 'categoryId'],
    ];
    for (const [overrides, status, field] of cases) {
      // Some of these the document itself forbids (pattern, minimum, enum): sent on purpose.
      const res = await violatesContract(t.http.post('/api/v1/products').auth(admin, { type: 'bearer' })).send(body(overrides));
      expect([res.status, res.headers['content-type'], res.body.errors?.map((e: { field: string }) => e.field)]).toEqual([status, expect.stringContaining('application/problem+json'), [field]]);
    }
    await api(admin).post('/products', body({ code: 'DUP-1' })).expect(201);
    const dup = await api(admin).post('/products', body({ code: 'DUP-1' }));
    expect([dup.status, dup.body.type, dup.body.errors[0].field]).toEqual([409, 'https://kehu.dev/problems/product-code-taken', 'code']);
    const badExternal = await api(admin).put('/products/by-external-id/has%20space', body());
    expect([badExternal.status, badExternal.body.errors[0].field]).toEqual([400, 'externalId']);
  });

  it('lets reps read the catalogue but not write it', async () => {
    expect((await api(rep).get('/products')).status).toBe(200);
    expect((await api(rep).post('/products', body())).status).toBe(403);
    expect((await api(rep).put('/products/by-external-id/ERP-X', body())).status).toBe(403);
  });

  it('mirrors the ERP by external id: created, then unchanged for the same body, updated when it differs', async () => {
    const erp = body({ code: 'ERP-100', stockOnHand: 5 });
    const first = await api(admin).put('/products/by-external-id/ERP-100', erp);
    expect([first.status, first.body.outcome, first.body.product.externalId, first.body.product.version]).toEqual([200, 'CREATED', 'ERP-100', 1]);
    const auditsBefore = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [first.body.product.id]);

    t.clock.advanceMinutes(1);
    // The same product spelled a little differently by the ERP ("12800" for "12800.00") is the same product.
    const again = await api(admin).put('/products/by-external-id/ERP-100', { ...erp, listPrice: '12800' });
    expect([again.body.outcome, again.body.product]).toEqual(['UNCHANGED', first.body.product]);
    const auditsAfter = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [first.body.product.id]);
    expect(auditsAfter[0].n).toBe(auditsBefore[0].n);

    const changed = await api(admin).put('/products/by-external-id/ERP-100', { ...erp, listPrice: '11800.00', status: 'DISCONTINUED' });
    expect(changed.body).toMatchObject({ outcome: 'UPDATED', product: { id: first.body.product.id, listPrice: '11800.00', status: 'DISCONTINUED', version: 2 } });
    expect((await api(admin).get('/products?q=ERP-100')).body.total).toBe(1);

    // Another ERP id cannot take a code that is already in the catalogue.
    const clash = await api(admin).put('/products/by-external-id/ERP-101', body({ code: 'ERP-100' }));
    expect([clash.status, clash.body.errors[0].field]).toEqual([409, 'code']);
  });

  it('answers one product when the same first upsert arrives twice at once', async () => {
    const erp = body({ code: 'ERP-RACE' });
    const answers = await Promise.all([api(admin).put('/products/by-external-id/ERP-RACE', erp), api(admin).put('/products/by-external-id/ERP-RACE', erp)]);
    expect(answers.map((a) => a.body.outcome).sort()).toEqual(['CREATED', 'UNCHANGED']);
    expect(new Set(answers.map((a) => a.body.product.id)).size).toBe(1);
  });

  it('takes stock counts alone, ignoring a count older than the stored one', async () => {
    await api(admin).put('/products/by-external-id/ERP-STOCK', body({ code: 'ERP-STOCK' })).expect(200);
    const counted = '2026-11-20T10:00:00+08:00';
    const res = await api(admin).patch('/products/by-external-id/ERP-STOCK/stock', { stockOnHand: 42, countedAt: counted });
    expect(res.body).toMatchObject({ stockOnHand: 42, stockUpdatedAt: new Date(counted).toISOString(), name: '春意 3.5 匹柜机' });
    const late = await api(admin).patch('/products/by-external-id/ERP-STOCK/stock', { stockOnHand: 40, countedAt: '2026-11-20T09:00:00+08:00' });
    expect(late.body.stockOnHand).toBe(42);
    const missing = await api(admin).patch('/products/by-external-id/NOPE/stock', { stockOnHand: 1 });
    expect(missing.status).toBe(404);
    const bad = await violatesContract(t.http.patch('/api/v1/products/by-external-id/ERP-STOCK/stock').auth(admin, { type: 'bearer' })).send({ stockOnHand: 1.5 });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'stockOnHand']);
  });

  it('searches by code, name and model — two Chinese characters included — and filters by status', async () => {
    await api(admin).post('/products', body({ code: 'SRCH-A1', name: '冬暖 变频挂机', model: 'KFR-35GW', status: 'ON_SALE' })).expect(201);
    await api(admin).post('/products', body({ code: 'SRCH-B2', name: '冬雪 定频柜机', model: 'KFR-51LW', status: 'DISCONTINUED' })).expect(201);
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('冬暖')}`))).toEqual(['SRCH-A1']);
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('定频')}&status=DISCONTINUED`))).toEqual(['SRCH-B2']);
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('定频')}&status=ON_SALE`))).toEqual([]);
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('冬')}`))).toEqual([]);
    expect(codes(await api(rep).get('/products?q=srch-b'))).toEqual(['SRCH-B2']);
    expect(codes(await api(rep).get('/products?q=35GW'))).toEqual(['SRCH-A1']);
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('变频挂机')}`))).toEqual(['SRCH-A1']);
    const sorted = await api(rep).get('/products?q=srch&sort=-code');
    expect(sorted.body.items.map((p: { code: string }) => p.code)).toEqual(['SRCH-B2', 'SRCH-A1']);
    const badSort = await api(rep).get('/products?sort=stock');
    expect([badSort.status, badSort.body.errors[0].field]).toEqual([400, 'sort']);
  });

  it('edits a product under If-Match', async () => {
    const created = (await api(admin).post('/products', body({ code: 'EDIT-1' }))).body;
    const stale = await api(admin).patch(`/products/${created.id}`, { name: '新名' }, 'W/"9"');
    expect(stale.status).toBe(412);
    const ok = await api(admin).patch(`/products/${created.id}`, { name: '新名', model: null }, 'W/"1"');
    expect(ok.body).toMatchObject({ name: '新名', model: null, version: 2 });
    expect(codes(await api(rep).get(`/products?q=${encodeURIComponent('新名')}`))).toEqual(['EDIT-1']);
  });

  it('offers on-sale products to quotes and names the line of an unknown or discontinued one', async () => {
    const onSale = (await api(admin).post('/products', body({ code: 'Q-ON', listPrice: '99.90' }))).body;
    const gone = (await api(admin).post('/products', body({ code: 'Q-OFF', status: 'DISCONTINUED' }))).body;
    const facade = t.app.get(ProductFacade);
    const found = await facade.quotable([{ productId: onSale.id, field: 'lines[0].productId' }]);
    expect(found.get(onSale.id)).toMatchObject({ code: 'Q-ON', listPrice: '99.90', taxRate: '13.00', unit: '台' });
    const missing = randomUUID();
    await expect(
      facade.quotable([
        { productId: onSale.id, field: 'lines[0].productId' },
        { productId: gone.id, field: 'lines[1].productId' },
        { productId: missing, field: 'lines[2].productId' },
      ]),
    ).rejects.toMatchObject({
      errors: [
        { field: 'lines[1].productId', code: 'discontinued' },
        { field: 'lines[2].productId', code: 'exists' },
      ],
    });
  });

  describe('data scope', () => {
    describeScopeHarness('products (the whole catalogue, for every holder of product:read)', () => ({
      world: scopeWorld(t, admin),
      resource: {
        permissions: ['product:read'],
        visibleToEveryone: true,
        async create(owner: ScopeActor) {
          void owner;
          const res = await api(admin).post('/products', body());
          return res.body.id as string;
        },
        list: async (viewer) => (await api(viewer.token).get('/products?pageSize=200&sort=-updatedAt')).body.items.map((p: { id: string }) => p.id),
        get: async (viewer, id) => {
          const res = await api(viewer.token).get(`/products/${id}`);
          return { status: res.status, body: res.body };
        },
      },
    }));
  });
});
