import { randomUUID } from 'node:crypto';
import { ApprovalModule, approvalMigrations } from '@kehu/server-approval';
import { createTestApp, describeScopeHarness, ScopeActor, ScopedResource, TestApp, violatesContract } from '@kehu/server-core/testing';
import { CustomerModule, customerMigrations } from '@kehu/server-customer';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, scopeWorld } from '@kehu/server-permissions/testing';
import { ProductModule, productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { opportunityMigrations } from './migrations';
import { OpportunityModule } from './opportunity.module';

describe('opportunities', () => {
  let t: TestApp;
  let admin: string;
  let manager: { id: string; token: string };
  let repA: { id: string; token: string };
  let repA2: { id: string; token: string };
  let repB: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ApprovalModule, CustomerModule, ProductModule, OpportunityModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations],
    });
    admin = await adminToken(t);
    const deptA = await createDepartment(t, admin, '销售一部');
    const deptB = await createDepartment(t, admin, '销售二部');
    manager = await createUser(t, admin, { username: 'opp_manager', roles: ['sales_manager'], departmentId: deptA });
    repA = await createUser(t, admin, { username: 'opp_rep_a', roles: ['sales_rep'], departmentId: deptA });
    repA2 = await createUser(t, admin, { username: 'opp_rep_a2', roles: ['sales_rep'], departmentId: deptA });
    repB = await createUser(t, admin, { username: 'opp_rep_b', roles: ['sales_rep'], departmentId: deptB });
  }, 120_000);
  afterAll(() => t?.close());

  const api = (token: string) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' }),
    post: (url: string, body?: object) => {
      const req = t.http.post(`/api/v1${url}`).auth(token, { type: 'bearer' });
      return body ? req.send(body) : req;
    },
    put: (url: string, body: object) => t.http.put(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body),
    patch: (url: string, body: object) => t.http.patch(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body),
  });
  let n = 0;
  const unique = () => {
    n++;
    return { name: `泰州市${String.fromCharCode(0x6c00 + n * 3)}${String.fromCharCode(0x6d00 + n * 5)}制冷设备有限公司`, phone: `0523-8${String(6000000 + n).slice(-7)}` };
  };
  const customerOf = async (token: string) => {
    const { name, phone } = unique();
    const res = await api(token).post('/customers', { name, phone, address: '江苏省泰州市海陵区 1 号', industry: 'manufacturing', description: '商机测试' });
    expect(res.status).toBe(201);
    return res.body as { id: string; name: string; status: string };
  };
  /** The customer's protection review awaiting a decision, if any. */
  const pendingReview = async (customerId: string) => {
    const [row] = await t.db.query(`SELECT id FROM approval_request WHERE subject_type = 'customer.protection' AND subject_id = $1 AND status = 'PENDING'`, [customerId]);
    return row as { id: string } | undefined;
  };
  const prospect = () => {
    const { name, phone } = unique();
    return { company: name, contactName: '周经理', phone };
  };
  const opportunity = async (token: string, body: Record<string, unknown> = {}) => {
    const res = await api(token).post('/opportunities', { title: '压缩机集采', prospect: prospect(), expectedAmount: '100000.00', ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string; stage: string; probability: number; ownerId: string | null; duplicateWarnings: unknown[] };
  };
  const problem = (res: { status: number; body: { type?: string; errors?: Array<{ field: string }> } }) => [res.status, res.body.type?.split('/').pop(), res.body.errors?.map((e) => e.field)];

  it('lists the dictionary’s stages with their default probabilities, which an administrator may change', async () => {
    const stages = (await api(repA.token).get('/opportunity-stages')).body as Array<{ code: string; probability: number; open: boolean }>;
    expect(stages.map((s) => [s.code, s.probability, s.open])).toEqual([
      ['lead', 10, true],
      ['qualified', 30, true],
      ['proposal', 50, true],
      ['negotiation', 70, true],
      ['won', 100, false],
      ['lost', 0, false],
    ]);
    expect((await api(repA.token).put('/opportunity-stages/qualified', { probability: 35 })).status).toBe(403);
    expect((await api(admin).put('/opportunity-stages/qualified', { probability: 35 })).body).toMatchObject({ code: 'qualified', probability: 35 });
    const o = await opportunity(repA.token);
    expect((await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'qualified' })).body.probability).toBe(35);
    await api(admin).put('/opportunity-stages/qualified', { probability: 30 }).expect(200);
    expect((await api(admin).put('/opportunity-stages/nope', { probability: 30 })).status).toBe(404);
  });

  it('enters an opportunity for a customer in scope or a prospect, refusing bad input naming the field', async () => {
    const mine = await customerOf(repA.token);
    const theirs = await customerOf(repB.token);
    const o = await opportunity(repA.token, { customerId: mine.id, prospect: undefined, source: 'exhibition', expectedCloseDate: '2027-03-31' });
    expect(o).toMatchObject({ status: 'ASSIGNED', ownerId: repA.id, stage: 'lead', probability: 10, customerName: mine.name, expectedCloseDate: '2027-03-31', duplicateWarnings: [] });

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ customerId: theirs.id, prospect: undefined }, 'customerId'],
      [{ customerId: mine.id }, 'prospect'],
      [{ prospect: undefined }, 'customerId'],
      [{ expectedAmount: '-5.00' }, 'expectedAmount'],
      [{ source: 'telepathy' }, 'source'],
      [{ stage: 'won' }, 'stage'],
      [{ ownerId: null }, 'ownerId'],
      [{ prospect: { company: '某公司', contactName: '周' } }, 'prospect.phone'],
    ];
    for (const [body, field] of cases) {
      const res = await violatesContract(t.http.post('/api/v1/opportunities').auth(repA.token, { type: 'bearer' })).send({ title: '坏输入', prospect: prospect(), ...body });
      expect([res.status, [...new Set(res.body.errors?.map((e: { field: string }) => e.field))]]).toEqual([400, [field]]);
    }
    for (const [body, field] of [[{ expectedAmount: '1.005' }, 'expectedAmount'], [{ expectedCloseDate: '2027-02-30' }, 'expectedCloseDate'], [{ probability: 101 }, 'probability']] as const) {
      const res = await violatesContract(t.http.post('/api/v1/opportunities').auth(repA.token, { type: 'bearer' })).send({ title: '坏输入', prospect: prospect(), ...body });
      expect([res.status, [...new Set(res.body.errors?.map((e: { field: string }) => e.field))]]).toEqual([400, [field]]);
    }
  });

  it('warns when a prospect looks like an existing customer', async () => {
    const existing = await customerOf(repB.token);
    const o = await opportunity(repA.token, { prospect: { company: existing.name, contactName: '周经理', phone: '13800001234' } });
    expect(o.duplicateWarnings).toEqual([expect.objectContaining({ name: existing.name, matchedOn: ['name'] })]);
  });

  it('queues unassigned opportunities for managers, who assign them within their department only', async () => {
    const o = await opportunity(manager.token, { ownerId: null });
    expect([o.status, o.ownerId]).toEqual(['UNASSIGNED', null]);
    const queue = (await api(manager.token).get('/opportunities?status=UNASSIGNED')).body.items.map((i: { id: string }) => i.id);
    expect(queue).toContain(o.id);
    expect((await api(repA.token).get(`/opportunities/${o.id}`)).status).toBe(404);

    const outside = await api(manager.token).post(`/opportunities/${o.id}/assign`, { ownerId: repB.id });
    expect(problem(outside)).toEqual([422, 'assignee-outside-department', ['ownerId']]);
    expect((await api(repA.token).post(`/opportunities/${o.id}/assign`, { ownerId: repA.id })).status).toBe(403);

    const assigned = await api(manager.token).post(`/opportunities/${o.id}/assign`, { ownerId: repA.id });
    expect(assigned.body).toMatchObject({ status: 'ASSIGNED', ownerId: repA.id });
    expect((await api(repA.token).get(`/opportunities/${o.id}`)).status).toBe(200);
    expect((await api(repA2.token).get(`/opportunities/${o.id}`)).status).toBe(404);
    // A rep may not work someone else's opportunity even when he could see it; a manager may.
    expect((await api(manager.token).post(`/opportunities/${o.id}/stage`, { stage: 'qualified' })).status).toBe(200);
  });

  it('answers the kanban: per open stage the count, Σ amount and the newest-moved cards, in the caller’s scope', async () => {
    const mine = [];
    for (let i = 0; i < 3; i++) {
      t.clock.advanceMinutes(1);
      mine.push(await opportunity(repA2.token, { expectedAmount: `${i + 1}0000.05` }));
    }
    t.clock.advanceMinutes(1);
    await api(repA2.token).post(`/opportunities/${mine[0].id}/stage`, { stage: 'qualified' }).expect(200);
    const board = (await api(repA2.token).get('/opportunities/kanban?perStage=1')).body as {
      columns: Array<{ stage: string; count: number; amount: string; items: Array<{ id: string; ownerName: string | null }> }>;
    };
    expect(board.columns.map((c) => [c.stage, c.count, c.amount, c.items.map((i) => i.id)])).toEqual([
      ['lead', 2, '50000.10', [mine[2].id]],
      ['qualified', 1, '10000.05', [mine[0].id]],
      ['proposal', 0, '0.00', []],
      ['negotiation', 0, '0.00', []],
    ]);
    expect(board.columns[0].items[0].ownerName).toBeTruthy();
    // Another department's rep sees none of them; the manager of theirs sees them all.
    const other = (await api(repB.token).get('/opportunities/kanban')).body.columns.flatMap((c: { items: Array<{ id: string }> }) => c.items.map((i) => i.id));
    expect(other).not.toEqual(expect.arrayContaining([mine[0].id]));
    const managed = (await api(manager.token).get(`/opportunities/kanban?ownerId=${repA2.id}`)).body.columns as Array<{ count: number }>;
    expect(managed.map((c) => c.count)).toEqual([2, 1, 0, 0]);
    expect(problem(await violatesContract(t.http.get('/api/v1/opportunities/kanban?perStage=0').auth(repA2.token, { type: 'bearer' })))).toEqual([400, 'validation-error', ['perStage']]);
  });

  it('moves forward one stage at a time, back freely, and keeps the stage history', async () => {
    const o = await opportunity(repA.token);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'proposal' }))).toEqual([409, 'opportunity-stage-jump', ['stage']]);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'won' }))).toEqual([409, 'opportunity-stage-jump', ['stage']]);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'nowhere' }))).toEqual([409, 'opportunity-stage-jump', ['stage']]);
    t.clock.advanceMinutes(5);
    expect((await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'qualified' })).body).toMatchObject({ stage: 'qualified', probability: 30 });
    expect((await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'proposal', probability: 55 })).body).toMatchObject({ stage: 'proposal', probability: 55 });
    expect((await api(repA.token).post(`/opportunities/${o.id}/stage`, { stage: 'lead', note: '需求变化' })).body).toMatchObject({ stage: 'lead', probability: 10 });
    const history = (await api(repA.token).get(`/opportunities/${o.id}/history`)).body as Array<{ fromStage: string | null; toStage: string; changedBy: string; note: string | null }>;
    expect(history.map((h) => [h.fromStage, h.toStage, h.changedBy])).toEqual([
      [null, 'lead', repA.id],
      ['lead', 'qualified', repA.id],
      ['qualified', 'proposal', repA.id],
      ['proposal', 'lead', repA.id],
    ]);
    expect(history[3].note).toBe('需求变化');
    expect((await api(repA2.token).get(`/opportunities/${o.id}/history`)).status).toBe(404);
  });

  it('wins a prospect: it becomes a customer (starting like any new one) and is INTENT, in one transaction', async () => {
    const o = await opportunity(repA.token);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/win`, {}))).toEqual([400, 'validation-error', ['customer']]);
    const won = await api(repA.token).post(`/opportunities/${o.id}/win`, { customer: { address: '江苏省泰州市海陵区工业园 8 号', industry: 'manufacturing' }, amount: '98000.00' });
    expect(won.body).toMatchObject({ status: 'WON', stage: 'won', probability: 100, expectedAmount: '98000.00' });
    const customer = (await api(repA.token).get(`/customers/${won.body.customerId}`)).body;
    // INTENT at once, and its protection review still pending like any new customer's (issue 20).
    expect(customer).toMatchObject({ status: 'INTENT', stage: 'INTENT', reviewState: 'PENDING', ownerId: repA.id });
    const events = (await api(repA.token).get(`/customers/${won.body.customerId}/history`)).body.map((h: { event: string }) => h.event);
    expect(events).toEqual(expect.arrayContaining(['CREATED', 'CONVERTED']));
    const review = await pendingReview(won.body.customerId);
    expect(review).toBeDefined();
    // The reviewer's approval keeps it INTENT, on the intent protection it already runs on.
    await api(repA.token).post(`/customers/${won.body.customerId}/contacts`, { name: '周经理', title: '采购经理', mobile: '13900007788' }).expect(201);
    await api(admin).post(`/approvals/${review!.id}/approve`, {}).expect(200);
    expect((await api(repA.token).get(`/customers/${won.body.customerId}`)).body).toMatchObject({ status: 'INTENT', reviewState: 'APPROVED', protectionUntil: customer.protectionUntil });

    // Final now: no edit, no stage move, no second win.
    expect(problem(await api(repA.token).patch(`/opportunities/${o.id}`, { title: '改' }))).toEqual([409, 'opportunity-closed', undefined]);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/win`, {}))).toEqual([409, 'opportunity-closed', undefined]);
    expect((await api(repA.token).post(`/opportunities/${o.id}/reopen`, { stage: 'negotiation', reason: '重开' })).status).toBe(403);
    const reopened = await api(manager.token).post(`/opportunities/${o.id}/reopen`, { stage: 'negotiation', reason: '客户重新启动招标' });
    expect(reopened.body).toMatchObject({ status: 'ASSIGNED', stage: 'negotiation', probability: 70, closedAt: null });
    const [audit] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND actor_id = $2`, [o.id, manager.id]);
    expect(audit.n).toBeGreaterThan(0);
    const history = (await api(repA.token).get(`/opportunities/${o.id}/history`)).body;
    expect(history.at(-1)).toMatchObject({ fromStage: 'won', toStage: 'negotiation', changedBy: manager.id, note: 'reopened: 客户重新启动招标' });
  });

  it('a prospect won and then rejected by the reviewer stays INTENT, released at the grace end', async () => {
    const o = await opportunity(repA.token);
    const won = await api(repA.token).post(`/opportunities/${o.id}/win`, { customer: { address: '江苏省泰州市海陵区工业园 9 号', industry: 'manufacturing' } }).expect(200);
    const review = await pendingReview(won.body.customerId);
    await api(admin).post(`/approvals/${review!.id}/reject`, { comment: '与现有客户重复' }).expect(200);
    const customer = (await api(repA.token).get(`/customers/${won.body.customerId}`)).body;
    expect(customer).toMatchObject({ status: 'INTENT', reviewState: 'REJECTED', rejectionReason: '与现有客户重复' });
    expect(new Date(customer.protectionUntil).getTime()).toBeLessThan(Date.now() + 15 * 86_400_000);
  });

  it('moves an existing POTENTIAL customer to INTENT when won, and leaves an INTENT one as it is', async () => {
    const c = await customerOf(repA.token);
    expect(c.status).toBe('POTENTIAL');
    const o = await opportunity(repA.token, { customerId: c.id, prospect: undefined });
    await api(repA.token).post(`/opportunities/${o.id}/win`, {}).expect(200);
    expect((await api(repA.token).get(`/customers/${c.id}`)).body.status).toBe('INTENT');
    const again = await opportunity(repA.token, { customerId: c.id, prospect: undefined });
    await api(repA.token).post(`/opportunities/${again.id}/win`, {}).expect(200);
    expect((await api(repA.token).get(`/customers/${c.id}`)).body.status).toBe('INTENT');
  });

  it('writes nothing when the prospect turns out to be a duplicate customer', async () => {
    const existing = await customerOf(repB.token);
    const o = await opportunity(repA.token, { prospect: { company: existing.name, contactName: '周经理', phone: '13800005678' } });
    const [before] = await t.db.query(`SELECT count(*)::int AS n FROM customer`);
    const res = await api(repA.token).post(`/opportunities/${o.id}/win`, { customer: { address: '江苏省泰州市 1 号', industry: 'manufacturing' } });
    expect(problem(res)[0]).toBe(409);
    expect(res.body.type).toMatch(/duplicate-customer$/);
    const [after] = await t.db.query(`SELECT count(*)::int AS n FROM customer`);
    expect(after.n).toBe(before.n);
    expect((await api(repA.token).get(`/opportunities/${o.id}`)).body).toMatchObject({ status: 'ASSIGNED', customerId: null });
    expect((await api(repA.token).get(`/opportunities/${o.id}/history`)).body).toHaveLength(1);
  });

  it('loses with a reason from the loss-reason dictionary', async () => {
    const o = await opportunity(repA.token);
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/lose`, { reason: 'bad-luck' }))).toEqual([400, 'validation-error', ['reason']]);
    const lost = await api(repA.token).post(`/opportunities/${o.id}/lose`, { reason: 'price', note: '对手低 8%' });
    expect(lost.body).toMatchObject({ status: 'LOST', stage: 'lost', probability: 0, lossReason: 'price', lossNote: '对手低 8%' });
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/lose`, { reason: 'price' }))).toEqual([409, 'opportunity-closed', undefined]);
  });

  it('keeps a development plan: items with execution, overdue ones as reminders of kind plan-item', async () => {
    const o = await opportunity(repA.token, { title: '冬暖机组升级' });
    const yesterday = new Date(t.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    const nextWeek = new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const late = (await api(repA.token).post(`/opportunities/${o.id}/plan-items`, { title: '上门演示', plannedOn: yesterday })).body;
    await api(repA.token).post(`/opportunities/${o.id}/plan-items`, { title: '提交方案', plannedOn: nextWeek }).expect(201);
    expect(late).toMatchObject({ executorId: repA.id, overdue: true, result: null });
    expect(problem(await api(repA.token).post(`/opportunities/${o.id}/plan-items`, { title: '外部', plannedOn: nextWeek, executorId: repB.id }))).toEqual([422, 'assignee-outside-department', ['executorId']]);

    const reminders = (await api(repA.token).get('/reminders')).body.items.filter((r: { kind: string }) => r.kind === 'plan-item');
    expect(reminders).toEqual([expect.objectContaining({ subjectId: o.id, title: '冬暖机组升级', detail: '上门演示', overdue: true })]);

    const done = await api(repA.token).post(`/opportunities/${o.id}/plan-items/${late.id}/execute`, { result: '演示顺利，客户要求报价' });
    expect(done.body).toMatchObject({ result: '演示顺利，客户要求报价', overdue: false });
    expect((await api(repA.token).get('/reminders')).body.items.filter((r: { kind: string }) => r.kind === 'plan-item')).toEqual([]);
    const plan = (await api(repA.token).get(`/opportunities/${o.id}/plan-items`)).body;
    expect(plan.map((p: { title: string; result: string | null }) => [p.title, p.result])).toEqual([
      ['上门演示', '演示顺利，客户要求报价'],
      ['提交方案', null],
    ]);
    expect((await api(repA2.token).get(`/opportunities/${o.id}/plan-items`)).status).toBe(404);
  });

  describe('data scope', () => {
    const PERMISSIONS = ['opportunity:read', 'opportunity:write', 'customer:read'];
    const owners = new Map<string, string>();
    const harness = (name: string, resource: ScopedResource) => describeScopeHarness(name, () => ({ world: scopeWorld(t, admin), resource }));
    const make = async (owner: ScopeActor) => {
      const o = await opportunity(owner.token);
      owners.set(o.id, owner.id);
      return o.id;
    };
    harness('opportunities', {
      permissions: PERMISSIONS,
      create: make,
      list: async (viewer) => (await api(viewer.token).get('/opportunities?pageSize=200')).body.items.map((i: { id: string }) => i.id),
      get: async (viewer, id) => {
        const res = await api(viewer.token).get(`/opportunities/${id}`);
        return { status: res.status, body: res.body };
      },
      getMissing: async (viewer) => {
        const res = await api(viewer.token).get(`/opportunities/${randomUUID()}`);
        return { status: res.status, body: res.body };
      },
      count: async (viewer, id) => (await api(viewer.token).get(`/opportunities?ownerId=${owners.get(id)}`)).body.total,
    });
    harness('the kanban', {
      permissions: PERMISSIONS,
      create: make,
      // The record's own owner's board: one lead card among few, so it fits the first cards.
      list: async (viewer, id) =>
        (await api(viewer.token).get(`/opportunities/kanban?ownerId=${owners.get(id)}&perStage=50`)).body.columns.flatMap((c: { items: Array<{ id: string }> }) => c.items.map((i) => i.id)),
      count: async (viewer, id) =>
        (await api(viewer.token).get(`/opportunities/kanban?ownerId=${owners.get(id)}`)).body.columns.reduce((n: number, c: { count: number }) => n + c.count, 0),
    });
    harness('development plan items', {
      permissions: PERMISSIONS,
      create: make,
      get: async (viewer, id) => {
        const res = await api(viewer.token).get(`/opportunities/${id}/plan-items`);
        return { status: res.status, body: res.body };
      },
      getMissing: async (viewer) => {
        const res = await api(viewer.token).get(`/opportunities/${randomUUID()}/plan-items`);
        return { status: res.status, body: res.body };
      },
    });
  });
});
