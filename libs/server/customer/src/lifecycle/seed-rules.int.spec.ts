import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, TestClock, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { DUE_IDS_SQL } from '../storage/pool-release.sql';
import { addContact, createCustomer, customerBody, markFormal } from '../testing/customer-fixtures';

type Who = 'admin' | 'rep1' | 'rep2' | 'mgr' | 'reviewer' | 'finance';

/**
 * The rules of the seeds (seed 004 潜在客户保护流程 / CRM系统使用规范, seed 000 折扣变更) the customer
 * flow enforces, through the HTTP API with an injected clock: review timeout, the intent request
 * holding the release, what a protection and a follow-up need, owned-customer limits on import and
 * transfer, phone formats and contact mobiles in the duplicate refusal, customer care reminders,
 * terms changes by approval — and `updatedAt` moving with every writer of lifecycle columns.
 */
// Each story drives many requests (and logins after each move of the clock) on a shared 2-core machine.
jest.setTimeout(120_000);

describe('seed rules of the customer flow (API)', () => {
  const clock = new TestClock('2026-11-23T01:00:00.000Z'); // Monday 09:00 in Shanghai
  let t: TestApp;
  const users = {} as Record<Who, { id: string; token: string; username: string }>;
  const DAY = 86_400_000;

  const call = (who: Who, method: 'get' | 'post' | 'put' | 'patch' | 'delete', url: string, body?: object) => {
    const req = t.http[method](`/api/v1${url}`).auth(users[who].token, { type: 'bearer' });
    return body ? req.send(body) : req;
  };
  /** Access tokens live 15 minutes of the (moved) clock: log everyone in again. */
  const relogin = async () => {
    users.admin.token = await adminToken(t);
    for (const who of ['rep1', 'rep2', 'mgr', 'reviewer', 'finance'] as const) users[who].token = await loginAs(t, users[who].username);
  };
  const at = async (iso: string) => {
    clock.set(iso);
    await relogin();
  };
  const customer = async (who: Who, id: string) => (await call(who, 'get', `/customers/${id}`).expect(200)).body;
  const runJob = async (name: string) => {
    const res = await call('admin', 'post', `/jobs/${name}/run`);
    expect(res.body).toMatchObject({ status: 'succeeded' });
    return res.body.result as Record<string, number>;
  };
  const setRule = async (key: string, value: unknown) => call('admin', 'put', `/settings/rules/${key}`, { value }).expect(200);
  const resetRule = async (key: string) => call('admin', 'delete', `/settings/rules/${key}`).expect(200);
  const pendingApproval = async (who: Who, subjectType: string, subjectId: string) => {
    const res = await call(who, 'get', `/approvals?status=pending&subjectType=${subjectType}&pageSize=200`);
    const approval = res.body.items.find((a: { subjectId: string }) => a.subjectId === subjectId);
    if (!approval) throw new Error(`no pending ${subjectType} for ${subjectId} in ${who}'s inbox`);
    return approval.id as string;
  };
  const decide = async (who: Who, subjectType: string, subjectId: string, decision: 'approve' | 'reject', comment = 'ok') =>
    call(who, 'post', `/approvals/${await pendingApproval(who, subjectType, subjectId)}/${decision}`, { comment });
  const ok = async (response: Promise<{ status: number; body: unknown }>) => {
    const res = await response;
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
    return res;
  };
  /** A customer of `who`, with a complete contact, approved by the reviewer now. */
  const protectedCustomer = async (who: Who = 'rep1', overrides: Record<string, unknown> = {}) => {
    const c = await createCustomer(t, users[who].token, overrides);
    await addContact(t, users[who].token, c.id);
    await ok(decide('reviewer', 'customer.protection', c.id, 'approve'));
    return c;
  };
  const history = async (who: Who, id: string) => (await call(who, 'get', `/customers/${id}/history`).expect(200)).body as Array<Record<string, unknown>>;
  const ownedProtected = async (userId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM customer WHERE owner_id = $1 AND deleted_at IS NULL AND status IN ('POTENTIAL','INTENT')`, [userId]))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
      clock,
    });
    users.admin = { id: '', token: await adminToken(t), username: 'admin' };
    const sales = await createDepartment(t, users.admin.token, '销售部');
    const teamA = await createDepartment(t, users.admin.token, '销售一部', sales);
    const financeDept = await createDepartment(t, users.admin.token, '财务部');
    const spec = [
      ['rep1', 'sales_rep', teamA],
      ['rep2', 'sales_rep', teamA],
      ['mgr', 'sales_manager', teamA],
      ['reviewer', 'reviewer', sales],
      ['finance', 'finance', financeDept],
    ] as const;
    for (const [username, role, departmentId] of spec) {
      users[username] = { ...(await createUser(t, users.admin.token, { username, roles: [role], departmentId })), username };
    }
    await call('admin', 'patch', `/departments/${teamA}`, { managerId: users.mgr.id }).expect(200);
  });
  /** Rules a test changed: back to their defaults after it, passed or not. */
  const afterRules: string[] = [];
  afterEach(async () => {
    for (const key of afterRules.splice(0)) await resetRule(key);
  });
  afterAll(() => t.close());

  describe('review timeout (reviewTimeoutWorkingDays)', () => {
    it('rejects a protection nobody reviewed within 3 working days, like a reviewer: reason, history, released 3 working days later', async () => {
      await at('2026-11-23T01:00:00.000Z'); // Monday 09:00
      const late = await createCustomer(t, users.rep1.token);
      const reviewed = await createCustomer(t, users.rep1.token);
      await addContact(t, users.rep1.token, reviewed.id);
      await ok(decide('reviewer', 'customer.protection', reviewed.id, 'approve'));

      await at('2026-11-26T00:59:00.000Z'); // Thursday 08:59: 3 working days minus a minute
      expect(await runJob('protection-review-timeout')).toEqual({ rejected: 0 });
      expect((await customer('rep1', late.id)).stage).toBe('POTENTIAL_PENDING');

      await at('2026-11-26T01:01:00.000Z'); // Thursday 09:01
      expect(await runJob('protection-review-timeout')).toEqual({ rejected: 1 });
      expect(await runJob('protection-review-timeout')).toEqual({ rejected: 0 });
      const rejected = await customer('rep1', late.id);
      expect(rejected).toMatchObject({ stage: 'POTENTIAL_REJECTED', reviewState: 'REJECTED', rejectionReason: expect.stringContaining('审核超时') });
      expect(rejected.rejectionReason).toContain('3 个工作日');
      // Released like any rejection: rejectReleaseWorkingDays (3) working days later — Tuesday, across the weekend.
      expect(rejected.protectionUntil).toBe('2026-12-01T01:01:00.000Z');
      expect((await history('rep1', late.id))[0]).toMatchObject({ event: 'REJECTED', actorName: null, reason: rejected.rejectionReason, approvalId: expect.any(String) });
      const [request] = await t.db.query(`SELECT status FROM approval_request WHERE subject_id = $1`, [late.id]);
      expect(request.status).toBe('REJECTED');
      expect((await call('reviewer', 'get', '/customers/review-queue?pageSize=200')).body.items.map((i: { customer: { id: string } }) => i.customer.id)).not.toContain(late.id);
      // The owner is told at once (the rejection reminder).
      const reminders = (await call('rep1', 'get', '/reminders')).body.items;
      expect(reminders).toContainEqual(expect.objectContaining({ kind: 'protection-expiring', subjectId: late.id, detail: expect.stringContaining('审核超时') }));
      expect((await customer('rep1', reviewed.id)).stage).toBe('POTENTIAL_PROTECTED');

      await at('2026-12-01T01:02:00.000Z');
      await runJob('pool-reclaim');
      expect(await customer('admin', late.id)).toMatchObject({ status: 'POOL', poolReason: 'REJECTED' });
    });

    it('counts working days on the holiday calendar, with the rule as it is when the job runs', async () => {
      await at('2026-12-07T01:00:00.000Z'); // Monday
      await call('admin', 'post', '/settings/holidays', { date: '2026-12-08', name: '测试假日' }).expect(201);
      const c = await createCustomer(t, users.rep2.token);
      await at('2026-12-10T01:30:00.000Z'); // Thursday: only 2 working days (Tuesday is off)
      expect(await runJob('protection-review-timeout')).toEqual({ rejected: 0 });
      await setRule('reviewTimeoutWorkingDays', 2);
      afterRules.push('reviewTimeoutWorkingDays');
      expect(await runJob('protection-review-timeout')).toEqual({ rejected: 1 });
      expect((await customer('rep2', c.id)).rejectionReason).toContain('2 个工作日');
      await call('admin', 'delete', '/settings/holidays/2026-12-08').expect(204);
    });
  });

  describe('a pending intent request holds the release (seed 004: released only when no intent application was submitted)', () => {
    it('keeps a POTENTIAL customer past its deadline while the request waits; a rejection lets the next run release it', async () => {
      await at('2027-01-04T01:00:00.000Z');
      const held = await protectedCustomer();
      const control = await protectedCustomer();
      await call('rep1', 'post', `/customers/${held.id}/request-intent`, { reason: '客户确认预算' }).expect(200);
      await at('2027-02-04T01:00:00.000Z'); // 31 days later
      await runJob('pool-reclaim');
      expect(await customer('rep1', held.id)).toMatchObject({ status: 'POTENTIAL', intentPending: true });
      expect((await customer('admin', control.id)).status).toBe('POOL');
      // The manager decides late: rejected, the clock has run out, the next run releases it.
      await ok(decide('mgr', 'customer.intent', held.id, 'reject', '预算未落实'));
      await runJob('pool-reclaim');
      expect(await customer('admin', held.id)).toMatchObject({ status: 'POOL', poolReason: 'EXPIRED' });
    });

    it('an approval after the deadline converts it: INTENT protected intentDays from the approval', async () => {
      await at('2027-03-01T01:00:00.000Z');
      const c = await protectedCustomer();
      await call('rep1', 'post', `/customers/${c.id}/request-intent`, { reason: '客户确认预算' }).expect(200);
      await at('2027-04-05T01:00:00.000Z');
      await runJob('pool-reclaim');
      await ok(decide('mgr', 'customer.intent', c.id, 'approve'));
      const intent = await customer('rep1', c.id);
      expect(intent).toMatchObject({ status: 'INTENT', intentPending: false });
      expect(new Date(intent.protectionUntil).getTime()).toBe(clock.now().getTime() + 15 * DAY);
    });

    it('the job reads due customers the way it did before: the pending flag is a test on the rows the same index hands over', async () => {
      await t.db.query(`ANALYZE customer_state`);
      const plan = (sql: string) =>
        t.db.transaction(async (tx) => {
          await tx.query(`SET LOCAL enable_seqscan = off`);
          const rows = await tx.query(`EXPLAIN ${sql}`, [clock.now(), '00000000-0000-0000-0000-000000000000', 50_000]);
          return rows.map((r: Record<string, string>) => r['QUERY PLAN'] as string);
        });
      const withHold = await plan(DUE_IDS_SQL);
      const without = await plan(DUE_IDS_SQL.replace(' AND NOT s.intent_pending', ''));
      const shape = (lines: string[]) => lines.filter((l) => !/^\s*(Filter|Recheck Cond):/.test(l)).map((l) => l.replace(/\(cost=.*$/, '').trimEnd());
      expect(shape(withHold)).toEqual(shape(without));
      expect(withHold.join('\n')).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
      expect(withHold.join('\n')).toMatch(/NOT intent_pending/);
    });
  });

  describe('what a protection and a follow-up need', () => {
    it('refuses to approve a protection without a contact that has name, phone and title, naming what is missing', async () => {
      await at('2027-05-03T01:00:00.000Z');
      const c = await createCustomer(t, users.rep1.token);
      const none = await decide('reviewer', 'customer.protection', c.id, 'approve');
      expect(none.status).toBe(409);
      expect(none.body).toMatchObject({ type: expect.stringContaining('protection-incomplete'), errors: [expect.objectContaining({ field: 'contacts', code: 'required' })] });
      const contact = await addContact(t, users.rep1.token, c.id, { name: '王建国', title: undefined, mobile: undefined });
      const untitled = await decide('reviewer', 'customer.protection', c.id, 'approve');
      expect(untitled.status).toBe(409);
      expect(untitled.body.errors.map((e: { field: string }) => e.field)).toEqual(['contact.phone', 'contact.title']);
      expect(untitled.body.errors[1].message).toContain('王建国');
      // Still pending and listed as missing a contact; nothing was half-applied.
      expect((await customer('rep1', c.id)).stage).toBe('POTENTIAL_PENDING');
      const queued = (await call('reviewer', 'get', '/customers/review-queue?pageSize=200')).body.items.find((i: { customer: { id: string } }) => i.customer.id === c.id);
      expect(queued.missing).toEqual(['contact']);
      // A landline will do as the phone; the title completes it.
      await call('rep1', 'patch', `/customers/${c.id}/contacts/${contact.id}`, { phone: '0523-84880001', title: '总经理' }).expect(200);
      await ok(decide('reviewer', 'customer.protection', c.id, 'approve'));
      expect((await customer('rep1', c.id)).stage).toBe('POTENTIAL_PROTECTED');
    });
  });

  describe('owned-customer limit (maxOwnedCustomers) on transfer and import', () => {
    it('refuses a transfer that would take the new owner past the limit, naming it; FORMAL customers do not count', async () => {
      await at('2027-06-01T01:00:00.000Z');
      const a = await protectedCustomer('rep1');
      const b = await protectedCustomer('rep1');
      const formal = await protectedCustomer('rep1');
      await markFormal(t, formal.id, users.rep1.id);
      await setRule('maxOwnedCustomers', (await ownedProtected(users.rep2.id)) + 1);
      afterRules.push('maxOwnedCustomers');
      const refused = await call('mgr', 'post', '/customers/transfer', { customerIds: [a.id, b.id], toOwnerId: users.rep2.id });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ type: expect.stringContaining('owned-customer-limit'), maxOwnedCustomers: (await ownedProtected(users.rep2.id)) + 1 });
      expect(refused.body.detail).toContain('maxOwnedCustomers');
      expect((await customer('admin', a.id)).ownerId).toBe(users.rep1.id);
      await call('mgr', 'post', '/customers/transfer', { customerIds: [a.id, formal.id], toOwnerId: users.rep2.id }).expect(200);
      expect((await customer('admin', a.id)).ownerId).toBe(users.rep2.id);
    });

    it('imports rows up to the importer’s limit and reports each row past it with the reason, also in a dry run', async () => {
      const rows = ['导入上限甲贸易有限公司', '导入上限乙贸易有限公司', '导入上限丙贸易有限公司', '导入上限丁贸易有限公司'].map((name) => customerBody({ name, industry: 'hvac' }));
      const file = Buffer.from(['客户名称,行业,地址,电话,客户描述', ...rows.map((r) => [r.name, r.industry, r.address, r.phone, r.description].join(','))].join('\n'));
      const post = (query: string) => call('admin', 'post', `/customers/import${query}`).attach('file', file, 'limit.csv');
      const [{ id: adminId }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'admin'`);
      await setRule('maxOwnedCustomers', (await ownedProtected(adminId)) + 2);
      afterRules.push('maxOwnedCustomers');
      const dry = await post('?dryRun=true').expect(200);
      const outcomes = (body: { rows: Array<{ row: number; outcome: string; reason?: string }> }) => body.rows.map((r) => [r.row, r.outcome]);
      expect(outcomes(dry.body)).toEqual([[2, 'created'], [3, 'created'], [4, 'rejected'], [5, 'rejected']]);
      expect(dry.body.rows[2].reason).toContain('maxOwnedCustomers');
      const done = await post('').expect(200);
      expect(outcomes(done.body)).toEqual([[2, 'created'], [3, 'created'], [4, 'rejected'], [5, 'rejected']]);
      expect(done.body.totals).toEqual({ created: 2, updated: 0, duplicate: 0, rejected: 2 });
    });
  });

  describe('phone formats and contact mobiles in the duplicate refusal', () => {
    it('validates phones as the seeds write them, naming the field', async () => {
      const bad = await call('rep1', 'post', '/customers', customerBody({ phone: '12345' }));
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'isPhoneNumber', message: expect.stringContaining('area code') })]);
      const c = await createCustomer(t, users.rep1.token, { phone: '(0523) 8488 0002 转 801' });
      const landlineAsMobile = await call('rep1', 'post', `/customers/${c.id}/contacts`, { name: '张三', mobile: '0523-84880003' });
      expect(landlineAsMobile.status).toBe(400);
      expect(landlineAsMobile.body.errors).toEqual([expect.objectContaining({ field: 'mobile', message: expect.stringContaining('11 digits') })]);
      await call('rep1', 'post', `/customers/${c.id}/contacts`, { name: '张三', mobile: '+86 139 0523 0001' }).expect(201);
      expect((await call('rep1', 'patch', `/customers/${c.id}`, { fax: '0523-123' })).body.errors[0].field).toBe('fax');
    });

    it('refuses a customer phone that is another customer’s contact mobile, and a contact mobile another customer uses', async () => {
      const first = await createCustomer(t, users.rep1.token);
      await addContact(t, users.rep1.token, first.id, { name: '李四', mobile: '13905230002' });
      // rep2 cannot see rep1's customer: a contact's mobile is personal data, so the refusal does not say whose it is.
      const byMobile = await call('rep2', 'post', '/customers', customerBody({ phone: '139-0523-0002' }));
      expect(byMobile.status).toBe(409);
      expect(byMobile.body).toMatchObject({ errors: [expect.objectContaining({ field: 'phone', code: 'duplicate' })] });
      expect(byMobile.body.existing).toBeUndefined();
      expect(JSON.stringify(byMobile.body)).not.toContain(first.name);
      // rep1, who sees the customer, is told which one.
      expect((await call('rep1', 'post', '/customers', customerBody({ phone: '13905230002' }))).body.existing).toMatchObject({ id: first.id, name: first.name });
      const second = await createCustomer(t, users.rep2.token);
      const asContact = await call('rep2', 'post', `/customers/${second.id}/contacts`, { name: '李四', mobile: '13905230002' });
      expect(asContact.status).toBe(409);
      expect(asContact.body.errors).toEqual([expect.objectContaining({ field: 'mobile', code: 'duplicate' })]);
      const firstPhone = (await customer('rep1', first.id)).phone;
      expect((await call('rep2', 'post', `/customers/${second.id}/contacts`, { name: '总机', mobile: firstPhone })).status).toBe(400); // a landline is no mobile
      const other = await addContact(t, users.rep2.token, second.id, { name: '王五', mobile: '13905230003' });
      const edited = await call('rep2', 'patch', `/customers/${second.id}/contacts/${other.id}`, { mobile: '13905230002' });
      expect(edited.status).toBe(409);
      // The same customer may list a mobile twice (a person with two roles).
      await addContact(t, users.rep2.token, second.id, { name: '王五（财务）', mobile: '13905230003' });
      // Changing a customer's phone to a contact mobile of another customer is refused too.
      expect((await call('rep2', 'patch', `/customers/${second.id}`, { phone: '13905230002' })).status).toBe(409);
    });

    it('an import row refuses a contact mobile or phone another customer uses, and repeats within the file', async () => {
      const owner = await createCustomer(t, users.admin.token);
      await addContact(t, users.admin.token, owner.id, { name: '赵六', mobile: '13905230010' });
      const row = (name: string, phone: string, mobile: string) => [name, 'hvac', '江苏省靖江市人民路 1 号', phone, '导入', '联系人', mobile].join(',');
      const file = Buffer.from(
        [
          '客户名称,行业,地址,电话,客户描述,联系人,联系人手机',
          row('手机重复甲有限公司', '0523-84881001', '13905230010'),
          row('手机重复乙有限公司', '13905230010', '13905230011'),
          row('手机重复丙有限公司', '0523-84881003', '13905230012'),
          row('手机重复丁有限公司', '0523-84881004', '13905230012'),
        ].join('\n'),
      );
      const res = await call('admin', 'post', '/customers/import').attach('file', file, 'mobiles.csv').expect(200);
      expect(res.body.rows.map((r: { outcome: string; field?: string }) => [r.outcome, r.field])).toEqual([
        ['duplicate', 'contactMobile'],
        ['duplicate', 'phone'],
        ['created', undefined],
        ['duplicate', 'contactMobile'],
      ]);
    });
  });

  describe('customer care reminders (careRemindDaysBefore)', () => {
    it('reminds the owner of contacts’ birthdays and of holidays coming within the rule’s days, once per holiday', async () => {
      await at('2027-09-20T01:00:00.000Z'); // Monday 20 September
      const c = await createCustomer(t, users.rep1.token, { name: '关怀测试机电有限公司' });
      await addContact(t, users.rep1.token, c.id, { name: '周建华', birthday: '1976-09-23' });
      await addContact(t, users.rep1.token, c.id, { name: '钱晓燕', birthday: '1980-09-24' });
      for (const date of ['2027-09-22', '2027-09-23', '2027-09-24']) await call('admin', 'post', '/settings/holidays', { date, name: '中秋节' }).expect(201);
      const care = async (who: Who) => ((await call(who, 'get', '/reminders')).body.items as Array<Record<string, unknown>>).filter((r) => r.kind === 'customer-care');
      const mine = await care('rep1');
      expect(mine).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ subjectType: 'customer', subjectId: c.id, title: c.name, detail: '周建华 生日 09-23', dueAt: '2027-09-22T16:00:00.000Z', overdue: false }),
          expect.objectContaining({ subjectType: 'holiday', title: '中秋节', dueAt: '2027-09-21T16:00:00.000Z', overdue: false }),
        ]),
      );
      expect(mine.filter((r) => r.title === '中秋节')).toHaveLength(1);
      // 24 September is four days away: not yet (careRemindDaysBefore = 3).
      expect(mine.map((r) => r.detail)).not.toContain('钱晓燕 生日 09-24');
      await setRule('careRemindDaysBefore', 4);
      afterRules.push('careRemindDaysBefore');
      expect((await care('rep1')).map((r) => r.detail)).toContain('钱晓燕 生日 09-24');
      await resetRule('careRemindDaysBefore');
      // Another owner is not reminded of rep1's contacts.
      expect((await care('rep2')).map((r) => r.subjectId)).not.toContain(c.id);
      const counts = (await call('rep1', 'get', '/reminders')).body.counts;
      expect(counts.byKind['customer-care']).toBe(mine.length);
    });
  });

  describe('discount and settlement terms change only through an approval (customer.terms-change)', () => {
    it('PATCH refuses the fields; a request goes to the manager, then finance, and the handler applies it', async () => {
      await at('2027-10-04T01:00:00.000Z');
      const c = await protectedCustomer('rep1');
      // Both requests are refused on purpose: the document has no such field on PATCH, and 101 % is out of range.
      const patch = await violatesContract(call('rep1', 'patch', `/customers/${c.id}`, { discountPercent: '90.00' }));
      expect(patch.status).toBe(400);
      expect(patch.body.errors[0].field).toBe('discountPercent');
      expect((await violatesContract(call('rep1', 'post', `/customers/${c.id}/terms-change`, { discountPercent: '101', reason: 'x' }))).body.errors[0].field).toBe('discountPercent');
      expect((await call('rep1', 'post', `/customers/${c.id}/terms-change`, { reason: '无变化' })).status).toBe(400);

      const requested = await call('rep1', 'post', `/customers/${c.id}/terms-change`, { discountPercent: '92.5', settlementTerms: '月结 60 天', reason: '年采购量增加' });
      expect(requested.status).toBe(201);
      expect(requested.body).toMatchObject({ subjectType: 'customer.terms-change', subjectId: c.id, status: 'PENDING', currentStep: 0 });
      expect(requested.body.steps.map((s: { approverKind: string; roleCode: string | null }) => [s.approverKind, s.roleCode])).toEqual([
        ['DEPARTMENT_MANAGER', null],
        ['ROLE', 'finance'],
      ]);
      const again = await call('rep1', 'post', `/customers/${c.id}/terms-change`, { settlementTerms: '现结', reason: '再次' });
      expect(again.status).toBe(409);
      expect(again.body.type).toContain('approval-already-pending');

      await ok(decide('mgr', 'customer.terms-change', c.id, 'approve'));
      expect(await customer('rep1', c.id)).toMatchObject({ discountPercent: null, settlementTerms: null });
      await ok(decide('finance', 'customer.terms-change', c.id, 'approve', '同意'));
      expect(await customer('rep1', c.id)).toMatchObject({ discountPercent: '92.50', settlementTerms: '月结 60 天' });
      expect((await history('rep1', c.id))[0]).toMatchObject({ event: 'TERMS_CHANGED', actorName: 'finance', reason: '折扣 — → 92.50；结算方式 — → 月结 60 天', approvalId: requested.body.id });

      // A rejected change leaves the terms as they are.
      await call('rep1', 'post', `/customers/${c.id}/terms-change`, { discountPercent: '80', reason: '大客户' }).expect(201);
      await ok(decide('mgr', 'customer.terms-change', c.id, 'reject', '折扣过低'));
      expect((await customer('rep1', c.id)).discountPercent).toBe('92.50');
    });
  });

  describe('change tracking: updatedAt moves with every writer of lifecycle columns, and ?updatedSince= finds it', () => {
    /** The change time of a customer and whether `?updatedSince=` just after the previous one finds it (the admin sees every customer). */
    const tracked = async (id: string, since: string) => {
      const now = await customer('admin', id);
      const found = (await call('admin', 'get', `/customers?updatedSince=${encodeURIComponent(since)}&pageSize=200`).expect(200)).body.items.map((x: { id: string }) => x.id);
      return { updatedAt: now.updatedAt as string, found: found.includes(id) };
    };
    /** Runs `write`, then checks the customer's updatedAt moved past `before` and the sync filter from just after `before` returns it. */
    const expectTracked = async (id: string, write: () => Promise<unknown>) => {
      const before = (await customer('admin', id)).updatedAt as string;
      const justAfter = new Date(new Date(before).getTime() + 1).toISOString();
      expect((await tracked(id, justAfter)).found).toBe(false);
      await write();
      const after = await tracked(id, justAfter);
      expect(after.updatedAt > before).toBe(true);
      expect(after.found).toBe(true);
      // And from its new change time on it is still found; not after.
      expect((await tracked(id, after.updatedAt)).found).toBe(true);
      expect((await tracked(id, new Date(new Date(after.updatedAt).getTime() + 1).toISOString())).found).toBe(false);
    };

    it('the reclaim job (set-based, on the lifecycle rows only), without moving the version', async () => {
      await at('2027-11-01T01:00:00.000Z');
      const c = await protectedCustomer('rep1');
      const version = (await customer('admin', c.id)).version;
      await at('2027-12-02T01:00:00.000Z');
      await expectTracked(c.id, () => runJob('pool-reclaim'));
      expect(await customer('admin', c.id)).toMatchObject({ status: 'POOL', version });
      // A pool page shows the same change time.
      const pool = (await call('rep2', 'get', '/customers/pool?pageSize=200&sort=-poolEnteredAt')).body.items.find((x: { id: string }) => x.id === c.id);
      expect(pool.updatedAt).toBe((await customer('admin', c.id)).updatedAt);
      // Claimed back afterwards: the claim moves it again.
      await expectTracked(c.id, () => call('rep2', 'post', `/customers/${c.id}/claim`).expect(200));
    });

    it('transfers, follow-up contact times, approvals, requests and withdrawals, abandon, signing, merge, timeout and terms', async () => {
      await at('2028-01-03T01:00:00.000Z');
      const c = await createCustomer(t, users.rep1.token);
      await addContact(t, users.rep1.token, c.id);
      await expectTracked(c.id, () => ok(decide('reviewer', 'customer.protection', c.id, 'approve')));
      await expectTracked(c.id, () =>
        call('rep1', 'post', `/customers/${c.id}/follow-ups`, { method: 'phone', occurredAt: clock.now().toISOString(), summary: '电话', nextContactAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(201),
      );
      await expectTracked(c.id, () => call('mgr', 'post', '/customers/transfer', { customerIds: [c.id], toOwnerId: users.rep2.id }).expect(200));
      await expectTracked(c.id, () => call('rep2', 'post', `/customers/${c.id}/request-extension`, { days: 5, reason: '客户审批中' }).expect(200));
      const [{ id: extensionId }] = await t.db.query(`SELECT id FROM approval_request WHERE subject_id = $1 AND subject_type = 'customer.extension' AND status = 'PENDING'`, [c.id]);
      // Withdrawn by the requester: the hold is released.
      await expectTracked(c.id, () => call('rep2', 'post', `/approvals/${extensionId}/cancel`).expect(200));
      await expectTracked(c.id, () => call('rep2', 'post', `/customers/${c.id}/request-intent`, { reason: '意向明确' }).expect(200));
      await expectTracked(c.id, () => ok(decide('mgr', 'customer.intent', c.id, 'approve')));
      await call('rep2', 'post', `/customers/${c.id}/terms-change`, { discountPercent: '95', reason: '老客户' }).expect(201);
      await ok(decide('mgr', 'customer.terms-change', c.id, 'approve'));
      await expectTracked(c.id, () => ok(decide('finance', 'customer.terms-change', c.id, 'approve')));
      await expectTracked(c.id, () => call('rep2', 'post', `/customers/${c.id}/abandon`, { reason: '放弃' }).expect(204));
      await expectTracked(c.id, () => call('rep1', 'post', `/customers/${c.id}/claim`).expect(200));
      await expectTracked(c.id, () => markFormal(t, c.id, users.rep1.id));

      const pending = await createCustomer(t, users.rep1.token);
      await at('2028-01-07T02:00:00.000Z'); // Friday: 4 working days later
      await expectTracked(pending.id, () => runJob('protection-review-timeout'));

      const survivor = await createCustomer(t, users.rep1.token);
      const duplicate = await createCustomer(t, users.rep1.token);
      await call('rep1', 'post', `/customers/${duplicate.id}/follow-ups`, { method: 'phone', occurredAt: clock.now().toISOString(), summary: '合并前', nextContactAt: new Date(clock.now().getTime() + DAY).toISOString() }).expect(201);
      await expectTracked(survivor.id, () => call('mgr', 'post', `/customers/${survivor.id}/merge`, { duplicateId: duplicate.id }).expect(200));
    });

    it('an upsert import of an existing customer', async () => {
      const c = await createCustomer(t, users.admin.token, { name: '同步导入测试有限公司' });
      const file = Buffer.from(['客户名称,行业,地址,电话,客户描述', `同步导入测试有限公司,hvac,新地址 1 号,${(await customer('admin', c.id)).phone},已更新`].join('\n'));
      await expectTracked(c.id, () => call('admin', 'post', '/customers/import?mode=upsert').attach('file', file, 'upsert.csv').expect(200));
    });
  });
});
