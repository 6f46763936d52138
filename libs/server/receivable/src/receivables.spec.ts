import { randomUUID } from 'node:crypto';
import { describeScopeHarness, SAMPLE_FILES, TestApp } from '@kehu/server-core/testing';
import { adminToken, createDepartment, createUser, loginAs, scopeWorld } from '@kehu/server-permissions/testing';
import { parse } from 'csv-parse/sync';
import Decimal from 'decimal.js';
import {
  approvePending,
  contractMaker,
  createReceivableTestApp,
  fields,
  managedBy,
  productOnSale,
  requestsAs,
  SalesUser,
  salesTeam,
  scopeContractMaker,
  testClock,
  TODAY as today,
} from './testing/receivable-test-world';

type Who = 'admin' | 'rep' | 'rep2' | 'rep3' | 'mgr' | 'finance';

describe('receivables 回款', () => {
  let t: TestApp;
  const users = {} as Record<Who, SalesUser>;
  let productId: string;
  const clock = testClock();

  beforeAll(async () => {
    t = await createReceivableTestApp(clock);
    const team = await salesTeam(t, 'rv', '回款华东部');
    Object.assign(users, team.users);
    const admin = users.admin.token;
    // A department whose name a spreadsheet would read as a formula (the aging CSV must defuse it).
    const dash = await createDepartment(t, admin, '-回款二部', team.departmentId);
    users.rep3 = await createUser(t, admin, { username: 'rv_rep3', roles: ['sales_rep'], departmentId: dash, displayName: 'rep3' });
    await managedBy(t, admin, dash, users.mgr.id);
    productId = await productOnSale(t, admin, 'KT-3500', '春意 3.5 匹柜机', '12800.00');
  }, 120_000);
  afterAll(() => t?.close());

  const api = requestsAs(() => t, users);
  const makeContract = contractMaker(api, users, { tag: '回款', phoneSeries: 7 });
  /** A contract of `who` for `quantity` × 12,800 + 13 % tax, taken as far as `stage` (signed: ACTIVE). */
  const contract = (quantity = '2', stage: 'draft' | 'approved' | 'active' = 'active', who: Who = 'rep') => makeContract([{ productId, quantity }], stage, who);
  const plan = (contractId: string, instalments: Array<{ id?: string; dueDate: string; amount: string; note?: string }>, who: Who = 'rep', off = false) =>
    api(who, off).put(`/contracts/${contractId}/receivable-plans`, { instalments });
  /** 30 / 60 / 10 % of the total, due in January, February and March 2027. */
  const thirds = (total: string) => {
    const a = new Decimal(total).times(0.3).toFixed(2);
    const b = new Decimal(total).times(0.6).toFixed(2);
    return [
      { dueDate: '2027-01-31', amount: a },
      { dueDate: '2027-02-28', amount: b },
      { dueDate: '2027-03-31', amount: new Decimal(total).minus(a).minus(b).toFixed(2) },
    ];
  };
  const pay = (contractId: string, amount: string, extra: Record<string, unknown> = {}, who: Who = 'rep', key?: string, off = false) =>
    api(who, off).post('/payments', { contractId, amount, paidOn: today, method: 'bank_transfer', ...extra }, key);
  const confirm = (id: string) => api('finance').post(`/payments/${id}/confirm`);
  const planOf = async (contractId: string) => (await api('finance').get(`/contracts/${contractId}/receivable-plans`)).body;
  /** Amends the contract to `quantity` units and has the manager approve it; answers the approval's answer. */
  const amendTo = async (contractId: string, quantity: string) => {
    await api('rep').post(`/contracts/${contractId}/amendments`, { reason: '客户调整数量', lines: [{ productId, quantity }] }).expect(201);
    return approvePending(api, contractId);
  };
  /** Runs the overdue job 回款预警 now, as the administrator; answers the run. */
  const runJob = async () => {
    const res = await api('admin').post('/jobs/receivable-overdue/run');
    expect(res.status).toBe(200);
    return res.body as { status: string; result: { today: string; marked: number; cleared: number } };
  };

  describe('plans 回款计划', () => {
    it('refuses a plan that does not add up to the contract amount, naming the difference', async () => {
      const c = await contract();
      // 2 × 12,800 + 13 % = 28,928.00.
      expect(c.total).toBe('28928.00');
      const short = await plan(c.id, [
        { dueDate: '2027-01-31', amount: '10000.00' },
        { dueDate: '2027-02-28', amount: '18000.00' },
      ]);
      expect(short.status).toBe(409);
      expect(short.body.type).toBe('https://kehu.dev/problems/receivable-plan-sum-mismatch');
      expect(fields(short)).toEqual(['instalments']);
      expect(short.body.errors[0].message).toBe('add up to 28000.00, 928.00 less than the contract amount 28928.00');
      const over = await plan(c.id, [{ dueDate: '2027-01-31', amount: '28928.01' }]);
      expect(over.status).toBe(409);
      expect(over.body.errors[0].message).toContain('0.01 more');
      expect((await planOf(c.id)).instalments).toEqual([]);
    });

    it('saves instalments numbered by due date, each UNPAID, with the contract’s figures', async () => {
      const c = await contract();
      const res = await plan(c.id, [
        { dueDate: '2027-03-31', amount: '2892.80', note: '验收后' },
        { dueDate: '2027-01-31', amount: '8678.40', note: '预付' },
        { dueDate: '2027-02-28', amount: '17356.80' },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ contractId: c.id, contractAmount: '28928.00', planned: '28928.00', received: '0.00', pending: '0.00', outstanding: '28928.00', overdue: '0.00' });
      expect(res.body.instalments.map((i: { number: number; dueDate: string; amount: string; state: string; note: string | null }) => [i.number, i.dueDate, i.amount, i.state, i.note])).toEqual([
        [1, '2027-01-31', '8678.40', 'UNPAID', '预付'],
        [2, '2027-02-28', '17356.80', 'UNPAID', null],
        [3, '2027-03-31', '2892.80', 'UNPAID', '验收后'],
      ]);
      expect(await planOf(c.id)).toEqual(res.body);
    });

    it('refuses bad instalments with 400 naming the field, and writes nothing', async () => {
      const c = await contract();
      const zero = await plan(c.id, [{ dueDate: '2027-01-31', amount: '0' }, { dueDate: '2027-02-28', amount: '28928.00' }]);
      expect(zero.status).toBe(400);
      expect(fields(zero)).toEqual(['instalments[0].amount']);
      const decimals = await plan(c.id, [{ dueDate: '2027-01-31', amount: '28928.001' }], 'rep', true);
      expect(decimals.status).toBe(400);
      expect(fields(decimals)).toEqual(['instalments[0].amount']);
      const date = await plan(c.id, [{ dueDate: '2027-02-30', amount: '28928.00' }], 'rep', true);
      expect(fields(date)).toEqual(['instalments[0].dueDate']);
      const stranger = await plan(c.id, [{ id: randomUUID(), dueDate: '2027-01-31', amount: '28928.00' }]);
      expect(stranger.status).toBe(400);
      expect(fields(stranger)).toEqual(['instalments[0].id']);
      expect((await planOf(c.id)).instalments).toEqual([]);
      expect((await api('rep').get(`/contracts/${randomUUID()}/receivable-plans`)).status).toBe(404);
    });

    it('takes plans only on approved or active contracts', async () => {
      const approved = await contract('1', 'approved');
      expect((await plan(approved.id, thirds(approved.total))).status).toBe(200);
      const draft = await contract('1', 'draft');
      const refused = await plan(draft.id, thirds(draft.total));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ type: 'https://kehu.dev/problems/receivable-contract-not-open', currentStatus: 'DRAFT' });
    });

    it('lets only unpaid instalments change; a paid one stays, with its due date and amount', async () => {
      const c = await contract();
      const saved = (await plan(c.id, thirds(c.total))).body.instalments as Array<{ id: string; dueDate: string; amount: string }>;
      const p = await pay(c.id, '1000.00');
      await confirm(p.body.id).expect(200);
      const changed = await plan(c.id, [
        { id: saved[0].id, dueDate: saved[0].dueDate, amount: '9678.40' },
        { id: saved[1].id, dueDate: saved[1].dueDate, amount: '16356.80' },
        { id: saved[2].id, dueDate: saved[2].dueDate, amount: saved[2].amount },
      ]);
      expect(changed.status).toBe(409);
      expect(changed.body.type).toBe('https://kehu.dev/problems/receivable-instalment-locked');
      expect(fields(changed)).toEqual(['instalments[0].amount']);
      const dropped = await plan(c.id, [{ id: saved[1].id, dueDate: saved[1].dueDate, amount: new Decimal(c.total).minus(saved[2].amount).toFixed(2) }, { id: saved[2].id, dueDate: saved[2].dueDate, amount: saved[2].amount }]);
      expect(dropped.status).toBe(409);
      expect(fields(dropped)).toEqual(['instalments']);
      // The unpaid ones may be re-cut: two become three, the paid one untouched.
      const recut = await plan(c.id, [
        { id: saved[0].id, dueDate: saved[0].dueDate, amount: saved[0].amount },
        { id: saved[1].id, dueDate: '2027-02-15', amount: '10000.00' },
        { dueDate: '2027-02-28', amount: new Decimal(saved[1].amount).minus('10000.00').toFixed(2) },
        { id: saved[2].id, dueDate: saved[2].dueDate, amount: saved[2].amount },
      ]);
      expect(recut.status).toBe(200);
      expect(recut.body.instalments.map((i: { number: number; received: string; state: string }) => [i.number, i.received, i.state])).toEqual([
        [1, '1000.00', 'PARTIAL'],
        [2, '0.00', 'UNPAID'],
        [3, '0.00', 'UNPAID'],
        [4, '0.00', 'UNPAID'],
      ]);
      expect(recut.body.planned).toBe(c.total);
    });
  });

  describe('plans from payment terms', () => {
    it('proposes instalments from payment terms, to the cent with the remainder on the last, without saving; the proposal PUTs as it is', async () => {
      const c = await contract();
      const terms = [
        { percent: '30', trigger: 'SIGNING', offsetDays: 30 },
        { percent: '60', trigger: 'DELIVERY', date: '2027-02-15' },
        { percent: '10', trigger: 'ACCEPTANCE', offsetDays: 10, date: '2027-03-01' },
      ];
      const res = await api('rep').post(`/contracts/${c.id}/receivable-plans/proposal`, { terms });
      expect(res.status).toBe(200);
      // Signed on 7 December 2026; 28,928.00 × 30 / 60 / 10 %.
      expect(res.body).toEqual({
        contractAmount: '28928.00',
        spread: '28928.00',
        instalments: [
          { dueDate: '2027-01-06', amount: '8678.40', note: '签约后 30 日内 30%' },
          { dueDate: '2027-02-15', amount: '17356.80', note: '交付后 60%' },
          { dueDate: '2027-03-11', amount: '2892.80', note: '验收后 10 日内 10%' },
        ],
      });
      // Nothing saved.
      expect((await planOf(c.id)).instalments).toEqual([]);
      expect((await plan(c.id, res.body.instalments)).status).toBe(200);
      // Once money came in, the paid instalments are kept and the rest is spread by the new terms.
      await confirm((await pay(c.id, '10000.00')).body.id).expect(200);
      const thirds3 = await api('rep').post(`/contracts/${c.id}/receivable-plans/proposal`, { terms: [
        { percent: '33.33', trigger: 'DATE', date: '2027-04-30' },
        { percent: '33.33', trigger: 'DATE', date: '2027-05-31' },
        { percent: '33.34', trigger: 'DATE', date: '2027-06-30' },
      ] });
      expect(thirds3.status).toBe(200);
      const saved = (await planOf(c.id)).instalments as Array<{ id: string; dueDate: string; amount: string; note: string | null }>;
      // 2,892.80 left after the two instalments that received money: 964.17 + 964.17 + 964.46.
      expect(thirds3.body.spread).toBe('2892.80');
      expect(thirds3.body.instalments).toEqual([
        { id: saved[0].id, dueDate: saved[0].dueDate, amount: saved[0].amount, note: saved[0].note },
        { id: saved[1].id, dueDate: saved[1].dueDate, amount: saved[1].amount, note: saved[1].note },
        { dueDate: '2027-04-30', amount: '964.17', note: '约定日期 33.33%' },
        { dueDate: '2027-05-31', amount: '964.17', note: '约定日期 33.33%' },
        { dueDate: '2027-06-30', amount: '964.46', note: '约定日期 33.34%' },
      ]);
      const replanned = await plan(c.id, thirds3.body.instalments);
      expect(replanned.status).toBe(200);
      expect(replanned.body).toMatchObject({ planned: '28928.00', received: '10000.00' });
    });

    it('refuses terms that do not add up to 100 %, or lack the day their trigger needs, naming the field', async () => {
      const c = await contract('1');
      const sum = await api('rep').post(`/contracts/${c.id}/receivable-plans/proposal`, { terms: [{ percent: '30', trigger: 'SIGNING' }, { percent: '60', trigger: 'SIGNING', offsetDays: 30 }] });
      expect(sum.status).toBe(400);
      expect(fields(sum)).toEqual(['terms']);
      expect(sum.body.errors[0].message).toBe('the percentages add up to 90.00, not 100');
      const date = await api('rep').post(`/contracts/${c.id}/receivable-plans/proposal`, { terms: [{ percent: '40', trigger: 'SIGNING' }, { percent: '60', trigger: 'DELIVERY' }] });
      expect(fields(date)).toEqual(['terms[1].date']);
      const percent = await api('rep', true).post(`/contracts/${c.id}/receivable-plans/proposal`, { terms: [{ percent: '100.001', trigger: 'SIGNING' }] });
      expect(percent.status).toBe(400);
      expect(fields(percent)).toEqual(['terms[0].percent']);
      const draft = await contract('1', 'draft');
      const closed = await api('rep').post(`/contracts/${draft.id}/receivable-plans/proposal`, { terms: [{ percent: '100', trigger: 'SIGNING' }] });
      expect(closed.status).toBe(409);
      expect(closed.body.type).toBe('https://kehu.dev/problems/receivable-contract-not-open');
      expect((await api('rep2').post(`/contracts/${c.id}/receivable-plans/proposal`, { terms: [{ percent: '100', trigger: 'SIGNING' }] })).status).toBe(404);
    });
  });

  describe('re-planning on amendments', () => {
    it('re-plans the unpaid instalments in proportion when an approved amendment changes the amount; paid ones untouched', async () => {
      const c = await contract('1');
      await plan(c.id, [
        { dueDate: '2027-01-31', amount: '4000.00' },
        { dueDate: '2027-02-28', amount: '6000.00' },
        { dueDate: '2027-03-31', amount: '3000.00' },
        { dueDate: '2027-04-30', amount: '1464.00' },
      ]).expect(200);
      // 5,000 fills the first and part of the second: both keep their amounts.
      await confirm((await pay(c.id, '5000.00')).body.id).expect(200);
      const up = await amendTo(c.id, '2');
      expect(up.status).toBe(200);
      const after = await planOf(c.id);
      // 28,928.00 − 10,000.00 paid instalments = 18,928.00 over the unpaid 3,000 : 1,464.
      const third = new Decimal('18928.00').times(3000).div(4464).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      expect(after).toMatchObject({ contractAmount: '28928.00', planned: '28928.00', received: '5000.00', outstanding: '23928.00' });
      expect(after.instalments.map((i: { dueDate: string; amount: string; received: string }) => [i.dueDate, i.amount, i.received])).toEqual([
        ['2027-01-31', '4000.00', '4000.00'],
        ['2027-02-28', '6000.00', '1000.00'],
        ['2027-03-31', third.toFixed(2), '0.00'],
        ['2027-04-30', new Decimal('18928.00').minus(third).toFixed(2), '0.00'],
      ]);
      // Down again: 1.5 units = 21,696.00, the unpaid ones share 11,696.00.
      expect((await amendTo(c.id, '1.5')).status).toBe(200);
      const down = await planOf(c.id);
      expect(down.planned).toBe('21696.00');
      expect(down.instalments.slice(0, 2).map((i: { amount: string }) => i.amount)).toEqual(['4000.00', '6000.00']);
      expect(new Decimal(down.instalments[2].amount).plus(down.instalments[3].amount).toFixed(2)).toBe('11696.00');
    }, 90_000);

    it('refuses the approval with 409 naming the amount when more was received than the new amount; nothing changes', async () => {
      const c = await contract('1');
      await plan(c.id, [{ dueDate: '2027-01-31', amount: '4000.00' }, { dueDate: '2027-02-28', amount: '10464.00' }]).expect(200);
      await confirm((await pay(c.id, '5000.00')).body.id).expect(200);
      const before = await planOf(c.id);
      // 0.3 units: 4,339.20, less than the 5,000.00 received.
      const refused = await amendTo(c.id, '0.3');
      expect(refused.status).toBe(409);
      expect(refused.body.type).toBe('https://kehu.dev/problems/receivable-amount-below-received');
      expect(refused.body.errors).toEqual([{ field: 'total', message: '5000.00 is already received, more than the new amount 4339.20', code: 'belowReceived' }]);
      // The approval rolled back whole: the amount in force, the plan and the approval are as they were.
      expect(await planOf(c.id)).toEqual(before);
      expect((await api('rep').get(`/contracts/${c.id}`)).body).toMatchObject({ total: '14464.00', revision: 1, pendingRevision: 2 });
      // 0.8 units (11,571.20) leaves the received 5,000 but not the paid instalments' 14,464.00 — refused as well.
      await api('mgr').post(`/approvals/${refused.approvalId}/reject`, { comment: '金额有误' }).expect(200);
      const below = await amendTo(c.id, '0.8');
      expect(below.status).toBe(409);
      expect(below.body.errors[0].message).toBe('the instalments that received money add up to 14464.00, more than the new amount 11571.20');
    });
  });

  describe('payments 回款记录', () => {
    it('records PENDING, and finance’s confirmation allocates to the oldest open instalments', async () => {
      const c = await contract();
      const saved = (await plan(c.id, thirds(c.total))).body.instalments as Array<{ id: string; amount: string }>;
      const p = await pay(c.id, '10000.00', { payerAccount: '中国银行 5123', handlerId: users.rep.id, note: '首付款' });
      expect(p.status).toBe(201);
      expect(p.body).toMatchObject({ status: 'PENDING', kind: 'PAYMENT', amount: '10000.00', allocations: [], contractId: c.id, paidOn: today });
      expect(await planOf(c.id)).toMatchObject({ received: '0.00', pending: '10000.00', outstanding: c.total });
      // A rep does not confirm.
      expect((await api('rep').post(`/payments/${p.body.id}/confirm`)).status).toBe(403);
      const confirmed = await confirm(p.body.id);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.status).toBe('CONFIRMED');
      // 8,678.40 fills the first instalment; the remaining 1,321.60 goes to the second.
      expect(confirmed.body.allocations).toEqual([
        { instalmentId: saved[0].id, amount: saved[0].amount },
        { instalmentId: saved[1].id, amount: new Decimal('10000.00').minus(saved[0].amount).toFixed(2) },
      ]);
      const after = await planOf(c.id);
      expect(after).toMatchObject({ received: '10000.00', pending: '0.00', outstanding: new Decimal(c.total).minus(10000).toFixed(2) });
      expect(after.instalments.map((i: { state: string }) => i.state)).toEqual(['PAID', 'PARTIAL', 'UNPAID']);
      // Audited: recorded and confirmed.
      const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [p.body.id]);
      expect(audit.length).toBeGreaterThanOrEqual(2);
      // Confirming twice is refused.
      const twice = await confirm(p.body.id);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ type: 'https://kehu.dev/problems/payment-state-conflict', currentStatus: 'CONFIRMED' });
    });

    it('pays a named instalment only, up to what it has outstanding', async () => {
      const c = await contract();
      const saved = (await plan(c.id, thirds(c.total))).body.instalments as Array<{ id: string; amount: string }>;
      const tooMuch = await pay(c.id, new Decimal(saved[2].amount).plus('0.01').toFixed(2), { instalmentId: saved[2].id });
      expect(tooMuch.status).toBe(409);
      expect(tooMuch.body.type).toBe('https://kehu.dev/problems/payment-exceeds-outstanding');
      expect(fields(tooMuch)).toEqual(['amount']);
      const p = await pay(c.id, saved[2].amount, { instalmentId: saved[2].id });
      expect(p.status).toBe(201);
      expect((await confirm(p.body.id)).body.allocations).toEqual([{ instalmentId: saved[2].id, amount: saved[2].amount }]);
      expect((await planOf(c.id)).instalments.map((i: { state: string }) => i.state)).toEqual(['UNPAID', 'UNPAID', 'PAID']);
    });

    it('takes as bank slip only a file attached to the payment’s contract, naming attachmentFileId otherwise', async () => {
      const c = await contract();
      const other = await contract();
      await plan(c.id, thirds(c.total)).expect(200);
      const upload = (contractId: string) =>
        t.http.post(`/api/v1/contracts/${contractId}/attachments`).auth(users.rep.token, { type: 'bearer' }).field('kind', 'OTHER').attach('file', SAMPLE_FILES.pdf, '回单.pdf');
      const slip = await upload(c.id);
      expect(slip.status).toBe(201);
      const elsewhere = await upload(other.id);
      expect(elsewhere.status).toBe(201);
      for (const fileId of [elsewhere.body.fileId, randomUUID()]) {
        const refused = await pay(c.id, '100.00', { attachmentFileId: fileId });
        expect(refused.status).toBe(400);
        expect(fields(refused)).toEqual(['attachmentFileId']);
      }
      const paid = await pay(c.id, '100.00', { attachmentFileId: slip.body.fileId });
      expect(paid.status).toBe(201);
      expect(paid.body.attachmentFileId).toBe(slip.body.fileId);
      expect((await api('finance').get(`/payments?contractId=${c.id}`)).body.items).toHaveLength(1);
    });

    it('refuses bad payments with 4xx naming the field, and writes nothing', async () => {
      const c = await contract();
      await plan(c.id, thirds(c.total)).expect(200);
      const other = await contract();
      const otherInstalment = (await plan(other.id, thirds(other.total))).body.instalments[0].id;
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ amount: '0.00' }, 400, 'amount'],
        [{ amount: '-5.00' }, 400, 'amount'],
        [{ amount: '5.001' }, 400, 'amount'],
        [{ paidOn: '2026-12-08' }, 400, 'paidOn'],
        [{ instalmentId: otherInstalment }, 400, 'instalmentId'],
        [{ method: 'barter' }, 400, 'method'],
        [{ contractId: randomUUID() }, 404, 'contractId'],
        [{ amount: new Decimal(c.total).plus('0.01').toFixed(2) }, 409, 'amount'],
      ];
      for (const [extra, status, field] of cases) {
        const res = await pay(c.id, '100.00', extra, 'rep', undefined, extra.amount === '5.001');
        expect([extra, res.status, fields(res)]).toEqual([extra, status, [field]]);
      }
      const unplanned = await contract();
      const noPlan = await pay(unplanned.id, '100.00');
      expect(noPlan.status).toBe(409);
      expect(noPlan.body.type).toBe('https://kehu.dev/problems/receivable-plan-missing');
      const approvedOnly = await contract('1', 'approved');
      await plan(approvedOnly.id, thirds(approvedOnly.total)).expect(200);
      const notSigned = await pay(approvedOnly.id, '100.00');
      expect(notSigned.status).toBe(409);
      expect(notSigned.body).toMatchObject({ type: 'https://kehu.dev/problems/receivable-contract-not-open', currentStatus: 'APPROVED' });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM payment WHERE contract_id = ANY($1::uuid[])`, [[c.id, unplanned.id, approvedOnly.id]]))[0].n).toBe(0);
    });

    it('counts pending payments: two pending payments may not together exceed what is outstanding', async () => {
      const c = await contract('1');
      await plan(c.id, thirds(c.total)).expect(200);
      await pay(c.id, '10000.00').expect(201);
      const second = await pay(c.id, new Decimal(c.total).minus('10000.00').plus('0.01').toFixed(2));
      expect(second.status).toBe(409);
      expect(second.body.errors[0].message).toContain(`${new Decimal(c.total).minus(10000).toFixed(2)} is outstanding`);
    });

    it('rejects a pending payment with a reason; a rejected payment counts for nothing', async () => {
      const c = await contract('1');
      await plan(c.id, thirds(c.total)).expect(200);
      const p = await pay(c.id, '500.00');
      const noReason = await api('finance', true).post(`/payments/${p.body.id}/reject`, {});
      expect(noReason.status).toBe(400);
      expect(fields(noReason)).toEqual(['reason']);
      const rejected = await api('finance').post(`/payments/${p.body.id}/reject`, { reason: '银行流水中未找到该笔款项' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'REJECTED', reason: '银行流水中未找到该笔款项', decidedBy: users.finance.id });
      expect(await planOf(c.id)).toMatchObject({ received: '0.00', pending: '0.00' });
      expect((await confirm(p.body.id)).status).toBe(409);
    });

    it('reverses a confirmed payment by a counter-entry; the payment itself never changes', async () => {
      const c = await contract();
      await plan(c.id, thirds(c.total)).expect(200);
      const p = await pay(c.id, '10000.00');
      const pendingReverse = await api('finance').post(`/payments/${p.body.id}/reverse`, { reason: '误录' });
      expect(pendingReverse.status).toBe(409);
      expect(pendingReverse.body.type).toBe('https://kehu.dev/problems/payment-state-conflict');
      const confirmed = (await confirm(p.body.id)).body;
      const reversal = await api('finance').post(`/payments/${p.body.id}/reverse`, { reason: '误录：款项属于另一合同' });
      expect(reversal.status).toBe(201);
      expect(reversal.body).toMatchObject({ kind: 'REVERSAL', status: 'CONFIRMED', amount: '-10000.00', reversesId: p.body.id, reason: '误录：款项属于另一合同' });
      expect(reversal.body.allocations).toEqual(confirmed.allocations.map((a: { instalmentId: string; amount: string }) => ({ instalmentId: a.instalmentId, amount: `-${a.amount}` })));
      const original = (await api('finance').get(`/payments/${p.body.id}`)).body;
      expect({ ...original, reversedById: null }).toEqual(confirmed);
      expect(original.reversedById).toBe(reversal.body.id);
      const after = await planOf(c.id);
      expect(after).toMatchObject({ received: '0.00', outstanding: c.total });
      expect(after.instalments.map((i: { state: string }) => i.state)).toEqual(['UNPAID', 'UNPAID', 'UNPAID']);
      expect((await api('finance').post(`/payments/${p.body.id}/reverse`, { reason: '再次' })).body.type).toBe('https://kehu.dev/problems/payment-already-reversed');
      expect((await api('finance').post(`/payments/${reversal.body.id}/reverse`, { reason: '冲销冲销' })).status).toBe(409);
      const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [reversal.body.id]);
      expect(audit[0].n).toBeGreaterThanOrEqual(1);
    });

    it('never over-collects: of 20 parallel payments on one contract, only those that fit are recorded', async () => {
      const c = await contract('1');
      // 12,800 + 13 % = 14,464.00; 20 × 1,000.00 — exactly 14 fit.
      await plan(c.id, thirds(c.total)).expect(200);
      const answers = await Promise.all(Array.from({ length: 20 }, () => pay(c.id, '1000.00').then((r) => r)));
      expect(answers.filter((r) => r.status === 201)).toHaveLength(14);
      expect(answers.filter((r) => r.status === 409).every((r) => r.body.type === 'https://kehu.dev/problems/payment-exceeds-outstanding')).toBe(true);
      expect(answers.filter((r) => r.status === 409)).toHaveLength(6);
      // And 14 parallel confirmations all fit.
      const confirmations = await Promise.all(answers.filter((r) => r.status === 201).map((r) => confirm(r.body.id).then((x) => x)));
      expect(confirmations.every((r) => r.status === 200)).toBe(true);
      const after = await planOf(c.id);
      expect(after).toMatchObject({ received: '14000.00', pending: '0.00', outstanding: '464.00' });
      const [{ allocated }] = await t.db.query(
        `SELECT sum(a.amount)::text AS allocated FROM payment_allocation a JOIN payment p ON p.id = a.payment_id WHERE p.contract_id = $1`,
        [c.id],
      );
      expect(allocated).toBe('14000.00');
    });

    it('posts from an ERP with an Idempotency-Key: one payment, the same answer; another body → 422', async () => {
      const c = await contract('1');
      await plan(c.id, thirds(c.total)).expect(200);
      const key = `erp-${randomUUID()}`;
      const first = await pay(c.id, '700.00', {}, 'rep', key);
      expect(first.status).toBe(201);
      const again = await pay(c.id, '700.00', {}, 'rep', key);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      const changed = await pay(c.id, '701.00', {}, 'rep', key);
      expect(changed.status).toBe(422);
      expect(changed.body.type).toBe('https://kehu.dev/problems/idempotency-key-reused');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM payment WHERE contract_id = $1`, [c.id]))[0].n).toBe(1);
    });

    it('reconciles to the cent after 200 random operations (pay, confirm, reject, reverse, amend, re-plan)', async () => {
      // A fixed seed: the same operations every run.
      let seed = 22;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
      const contracts = [await contract('1'), await contract('3')];
      for (const c of contracts) await plan(c.id, thirds(c.total)).expect(200);
      // The amount in force of each contract, as amendments change it.
      const amountOf = new Map(contracts.map((c) => [c.id, c.total]));
      const amendments = { approved: 0, refused: 0 };
      // The test's own ledger: what each contract's confirmed entries add up to.
      const confirmed = new Map(contracts.map((c) => [c.id, new Decimal(0)]));
      const pending: Array<{ id: string; contractId: string; amount: string }> = [];
      const reversible: Array<{ id: string; contractId: string; amount: string }> = [];
      for (let step = 0; step < 200; step++) {
        const c = pick(contracts);
        const op = random();
        if (op < 0.4) {
          const amount = new Decimal(Math.floor(random() * 400000) + 1).div(100).toFixed(2);
          const res = await pay(c.id, amount);
          if (res.status === 201) pending.push({ id: res.body.id, contractId: c.id, amount });
          else expect(res.body.type).toBe('https://kehu.dev/problems/payment-exceeds-outstanding');
        } else if (op < 0.7 && pending.length) {
          const p = pending.splice(Math.floor(random() * pending.length), 1)[0];
          const res = await confirm(p.id);
          if (res.status === 409) {
            // An amendment lowered the amount below what this payment promised: finance rejects it.
            expect(res.body.type).toBe('https://kehu.dev/problems/payment-exceeds-outstanding');
            await api('finance').post(`/payments/${p.id}/reject`, { reason: '超出变更后金额' }).expect(200);
          } else {
            expect(res.status).toBe(200);
            confirmed.set(p.contractId, confirmed.get(p.contractId)!.plus(p.amount));
            reversible.push(p);
          }
        } else if (op < 0.8 && pending.length) {
          const p = pending.splice(Math.floor(random() * pending.length), 1)[0];
          await api('finance').post(`/payments/${p.id}/reject`, { reason: '随机拒绝' }).expect(200);
        } else if (op < 0.85 && reversible.length) {
          const p = reversible.splice(Math.floor(random() * reversible.length), 1)[0];
          await api('finance').post(`/payments/${p.id}/reverse`, { reason: '随机冲销' }).expect(201);
          confirmed.set(p.contractId, confirmed.get(p.contractId)!.minus(p.amount));
        } else if (op < 0.9) {
          // An amendment to 0.5–4 units: approved, the unpaid instalments are re-planned; below what was
          // received (or the paid instalments), the approval is refused and rejected instead.
          const res = await amendTo(c.id, pick(['0.5', '1', '1.5', '2', '3', '4']));
          if (res.status === 200) {
            amountOf.set(c.id, (await api('rep').get(`/contracts/${c.id}`)).body.total);
            amendments.approved++;
          } else {
            amendments.refused++;
            expect(res.body.type).toBe('https://kehu.dev/problems/receivable-amount-below-received');
            await api('mgr').post(`/approvals/${res.approvalId}/reject`, { comment: '随机拒绝' }).expect(200);
          }
        } else {
          // Re-cut the unpaid part of the plan: instalments that received money sent back as they are, the rest
          // split in two (no pending payment here names an instalment, so unpaid ones may go).
          const current = (await planOf(c.id)).instalments as Array<{ id: string; dueDate: string; amount: string; received: string }>;
          const touched = current.filter((i) => new Decimal(i.received).gt(0));
          const rest = new Decimal(amountOf.get(c.id)!).minus(touched.reduce((sum, i) => sum.plus(i.amount), new Decimal(0)));
          const half = rest.div(2).toDecimalPlaces(2, Decimal.ROUND_DOWN);
          const cut = rest.isZero() ? [] : half.isZero() ? [{ dueDate: '2027-06-30', amount: rest.toFixed(2) }] : [{ dueDate: '2027-05-31', amount: half.toFixed(2) }, { dueDate: '2027-06-30', amount: rest.minus(half).toFixed(2) }];
          const res = await plan(c.id, [...touched.map(({ id, dueDate, amount }) => ({ id, dueDate, amount })), ...cut]);
          expect(res.status).toBe(200);
        }
      }
      // The seed exercises both outcomes of an amendment.
      expect(amendments.approved).toBeGreaterThan(0);
      expect(amendments.refused).toBeGreaterThan(0);
      for (const c of contracts) {
        const state = await planOf(c.id);
        const instalments = state.instalments as Array<{ amount: string; received: string; outstanding: string; state: string }>;
        // The API's figures against the test's ledger, and against each other.
        expect(state.received).toBe(confirmed.get(c.id)!.toFixed(2));
        expect(state.contractAmount).toBe(amountOf.get(c.id));
        expect(state.outstanding).toBe(new Decimal(amountOf.get(c.id)!).minus(confirmed.get(c.id)!).toFixed(2));
        expect(instalments.reduce((sum, i) => sum.plus(i.received), new Decimal(0)).toFixed(2)).toBe(state.received);
        expect(instalments.reduce((sum, i) => sum.plus(i.amount), new Decimal(0)).toFixed(2)).toBe(amountOf.get(c.id));
        for (const i of instalments) {
          expect(new Decimal(i.received).gte(0) && new Decimal(i.received).lte(i.amount)).toBe(true);
          expect(i.outstanding).toBe(new Decimal(i.amount).minus(i.received).toFixed(2));
          expect(i.state).toBe(new Decimal(i.received).eq(i.amount) ? 'PAID' : new Decimal(i.received).gt(0) ? 'PARTIAL' : 'UNPAID');
        }
        // The ledger in the database: allocations equal confirmed entries.
        const [{ entries, allocated }] = await t.db.query(
          `SELECT (SELECT coalesce(sum(amount), 0) FROM payment WHERE contract_id = $1 AND status = 'CONFIRMED')::numeric(18,2)::text AS entries,
                  (SELECT coalesce(sum(a.amount), 0) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id WHERE p.contract_id = $1)::numeric(18,2)::text AS allocated`,
          [c.id],
        );
        expect([entries, allocated]).toEqual([state.received, state.received]);
      }
    }, 240_000);

    it('marks an unpaid instalment OVERDUE from the day after its due date in the business time zone', async () => {
      const c = await contract('1');
      await plan(c.id, [
        { dueDate: '2026-12-08', amount: '4464.00' },
        { dueDate: '2027-01-31', amount: '10000.00' },
      ]).expect(200);
      const [first] = (await planOf(c.id)).instalments as Array<{ id: string }>;
      // Tokens are checked against the clock: sign in again after moving it.
      const at = async (instant: string) => {
        clock.set(instant);
        for (const who of ['rep', 'rep2', 'finance'] as const) users[who].token = await loginAs(t, `rv_${who}`);
        users.admin.token = await adminToken(t);
      };
      const state = async () => (await planOf(c.id)).instalments[0].state;
      const mark = async () => (await t.db.query(`SELECT overdue_since FROM receivable_instalment WHERE id = $1`, [first.id]))[0].overdue_since as Date | null;
      const overdueReminders = async (who: Who) =>
        ((await api(who).get('/reminders')).body.items as Array<{ kind: string; subjectId: string; title: string; detail: string; params: object }>).filter((r) => r.kind === 'overdue-instalment' && r.subjectId === c.id);
      const inOverdueList = async () => (await api('finance').get(`/receivable-instalments?state=OVERDUE&contractId=${c.id}`)).body.items.map((i: { id: string }) => i.id);
      // 23:59 on 8 December in Shanghai: due today, not overdue; the job leaves it alone.
      await at('2026-12-08T15:59:00.000Z');
      expect((await runJob()).status).toBe('succeeded');
      expect(await state()).toBe('UNPAID');
      expect(await mark()).toBeNull();
      expect(await overdueReminders('rep')).toEqual([]);
      // 00:00 on 9 December in Shanghai (still 8 December in UTC): the plan derives OVERDUE from the date at once…
      await at('2026-12-08T16:00:00.000Z');
      expect(await state()).toBe('OVERDUE');
      expect((await planOf(c.id)).overdue).toBe('4464.00');
      // …while the warnings and the overdue list wait for the job's mark.
      expect(await overdueReminders('rep')).toEqual([]);
      const run = await runJob();
      expect(run).toMatchObject({ status: 'succeeded', result: { today: '2026-12-09', marked: expect.any(Number) } });
      expect(run.result.marked).toBeGreaterThanOrEqual(1);
      expect(await mark()).toEqual(new Date('2026-12-08T16:00:00.000Z'));
      expect(await inOverdueList()).toEqual([first.id]);
      // Idempotent: a second run marks nothing more and keeps the first mark's time.
      await at('2026-12-08T16:30:00.000Z');
      expect((await runJob()).result).toMatchObject({ marked: 0, cleared: 0 });
      expect(await mark()).toEqual(new Date('2026-12-08T16:00:00.000Z'));
      // 回款预警: the owner and finance see it in their reminders; another rep does not.
      const [reminder] = await overdueReminders('rep');
      const { number } = (await api('rep').get(`/contracts/${c.id}`)).body;
      expect(reminder).toMatchObject({ title: number, detail: '第 1 期回款，应收 4464.00，到期 2026-12-08' });
      expect(reminder.params).toEqual({ phrase: 'overdueInstalment', instalment: '1', outstanding: '4464.00', dueDate: '2026-12-08' });
      expect(await overdueReminders('finance')).toHaveLength(1);
      expect(await overdueReminders('rep2')).toEqual([]);
      // Paid in full, the mark is cleared in the confirming transaction: no longer overdue anywhere.
      const p = await pay(c.id, '4464.00', { paidOn: '2026-12-08' });
      await confirm(p.body.id).expect(200);
      expect(await mark()).toBeNull();
      expect(await overdueReminders('rep')).toEqual([]);
      expect(await inOverdueList()).toEqual([]);
      expect(await state()).toBe('PAID');
      // Reversed, it is overdue again at once.
      await api('finance').post(`/payments/${p.body.id}/reverse`, { reason: '退票' }).expect(201);
      expect(await mark()).not.toBeNull();
      expect(await inOverdueList()).toEqual([first.id]);
      // The run is audited.
      expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'MARK_OVERDUE'`))[0].n).toBeGreaterThanOrEqual(3);
      await at('2026-12-07T02:00:00.000Z');
      users.mgr.token = await loginAs(t, 'rv_mgr');
    }, 120_000);

    it('runs the overdue job once at a time: while one run holds the lock another is refused, and overlapping runs mark each instalment once', async () => {
      const c = await contract('1');
      await plan(c.id, [
        { dueDate: '2027-01-31', amount: '4464.00' },
        { dueDate: '2027-02-28', amount: '10000.00' },
      ]).expect(200);
      // Both fall due: moved into the past behind the API's back, so only the job can mark them.
      await t.db.query(`UPDATE receivable_instalment SET due_date = due_date - 90 WHERE contract_id = $1`, [c.id]);
      const runner = t.db.createQueryRunner();
      await runner.connect();
      try {
        await runner.query(`SELECT pg_advisory_lock(hashtext('kehu-job:receivable-overdue'))`);
        const busy = await api('admin').post('/jobs/receivable-overdue/run');
        expect(busy.status).toBe(409);
        await runner.query(`SELECT pg_advisory_unlock(hashtext('kehu-job:receivable-overdue'))`);
      } finally {
        await runner.release();
      }
      const answers = await Promise.all([api('admin').post('/jobs/receivable-overdue/run'), api('admin').post('/jobs/receivable-overdue/run')]);
      const done = answers.filter((a) => a.status === 200);
      expect(done.length).toBeGreaterThanOrEqual(1);
      expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 409)).toBe(true);
      // However the two met, the instalments were marked once between them.
      const marks = await t.db.query(`SELECT overdue_since FROM receivable_instalment WHERE contract_id = $1 AND overdue_since IS NOT NULL`, [c.id]);
      expect(marks).toHaveLength(2);
      const markedByRuns = done.map((a) => a.body.result.marked as number);
      expect(Math.max(...markedByRuns)).toBeGreaterThanOrEqual(2);
      if (done.length === 2) expect(Math.min(...markedByRuns)).toBe(0);
    });
  });

  describe('aging 账龄', () => {
    it('buckets overdue outstanding amounts at their edges (30/31, 60/61, 90/91 days), in the caller’s scope', async () => {
      const c = await contract('1');
      // Today is 7 December 2026: 30, 31, 60, 61, 90 and 91 days past due; distinct amounts show where each lands.
      await plan(c.id, [
        { dueDate: '2026-11-07', amount: '1.00' },
        { dueDate: '2026-11-06', amount: '2.00' },
        { dueDate: '2026-10-08', amount: '4.00' },
        { dueDate: '2026-10-07', amount: '8.00' },
        { dueDate: '2026-09-08', amount: '16.00' },
        { dueDate: '2026-09-07', amount: '32.00' },
        { dueDate: '2027-01-31', amount: new Decimal(c.total).minus(63).toFixed(2) },
      ]).expect(200);
      const customerId = (await t.db.query(`SELECT customer_id FROM contract WHERE id = $1`, [c.id]))[0].customer_id;
      const row = async (who: Who, groupBy = 'customer') => {
        const res = await api(who).get(`/reports/receivables-aging?groupBy=${groupBy}`);
        expect(res.status).toBe(200);
        expect(res.body.asOf).toBe(today);
        return res.body.rows.find((r: { key: string }) => r.key === (groupBy === 'owner' ? users.rep.id : customerId));
      };
      expect(await row('rep')).toEqual({ key: customerId, name: expect.stringContaining('空调有限公司'), days0to30: '1.00', days31to60: '6.00', days61to90: '24.00', over90: '32.00', total: '63.00' });
      expect(await row('finance', 'owner')).toMatchObject({ name: 'rep', total: expect.any(String) });
      // Another rep's aging does not cover this contract.
      expect(await row('rep2')).toBeUndefined();
      // A payment allocated to the oldest (91 days) moves the figures.
      const p = await pay(c.id, '40.00');
      await confirm(p.body.id).expect(200);
      expect(await row('rep')).toMatchObject({ days0to30: '1.00', days31to60: '6.00', days61to90: '16.00', over90: '0.00', total: '23.00' });
      const report = (await api('rep').get('/reports/receivables-aging')).body;
      expect(report.totals.total).toBe(report.rows.reduce((sum: Decimal, r: { total: string }) => sum.plus(r.total), new Decimal(0)).toFixed(2));
      const bad = await api('rep', true).get('/reports/receivables-aging?groupBy=region');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['groupBy']);
    });
  });

  describe('aging export and plan vs actual', () => {
    it('exports the aging report as CSV (format=csv or Accept: text/csv): the page’s labels, formula-safe, audited', async () => {
      const c = await contract('1', 'active', 'rep3');
      // 67 days past due on 7 December 2026.
      await plan(c.id, [{ dueDate: '2026-10-01', amount: '1464.00' }, { dueDate: '2027-03-31', amount: '13000.00' }], 'rep3').expect(200);
      const csv = async (query: string, accept?: string) => {
        const req = api('finance').get(`/reports/receivables-aging${query}`);
        const res = await (accept ? req.set('Accept', accept) : req).buffer(true).parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (chunk: Buffer) => chunks.push(chunk));
          r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
        });
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.headers['content-disposition']).toMatch(/attachment; filename="receivables-aging-\w+-20261207\.csv"/);
        const text = res.body as string;
        expect(text.startsWith('\uFEFF')).toBe(true);
        return parse(text.slice(1)) as string[][];
      };
      const json = (await api('finance').get('/reports/receivables-aging?groupBy=department')).body;
      const byDepartment = await csv('?groupBy=department&format=csv');
      expect(byDepartment[0]).toEqual(['部门', '1–30 天', '31–60 天', '61–90 天', '90 天以上', '合计']);
      // The department's name starts with '-': written with a leading ' so a spreadsheet shows it as text.
      expect(byDepartment).toContainEqual(["'-回款二部", '0.00', '0.00', '1464.00', '0.00', '1464.00']);
      expect(byDepartment[byDepartment.length - 1]).toEqual(['总计', json.totals.days0to30, json.totals.days31to60, json.totals.days61to90, json.totals.over90, json.totals.total]);
      expect(byDepartment).toHaveLength(json.rows.length + 2);
      // Accept: text/csv asks for the same; format=json wins over the header.
      expect((await csv('?groupBy=department', 'text/csv'))).toEqual(byDepartment);
      expect((await csv('', 'text/csv'))[0][0]).toBe('客户');
      const explicit = await api('finance').get('/reports/receivables-aging?groupBy=department&format=json').set('Accept', 'text/csv, application/json');
      expect(explicit.body.totals).toEqual(json.totals);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT' AND entity_type = 'receivable-aging'`);
      expect(n).toBe(3);
      const bad = await api('finance', true).get('/reports/receivables-aging?format=pdf');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['format']);
    });

    it('compares planned (by due month) with collected (by payment month) at the month edges of the business time zone', async () => {
      const at = async (instant: string) => {
        clock.set(instant);
        for (const who of ['rep2', 'rep3', 'finance'] as const) users[who].token = await loginAs(t, `rv_${who}`);
      };
      const c = await contract('1', 'active', 'rep3');
      await plan(c.id, [
        { dueDate: '2026-11-30', amount: '4000.00' },
        { dueDate: '2026-12-01', amount: '5000.00' },
        { dueDate: '2027-01-31', amount: '5464.00' },
      ], 'rep3').expect(200);
      const november = (await pay(c.id, '3000.00', { paidOn: '2026-11-30' }, 'rep3')).body.id as string;
      const december = await pay(c.id, '2500.00', { paidOn: '2026-12-01' }, 'rep3');
      expect(december.status).toBe(201);
      await confirm(november).expect(200);
      await confirm(december.body.id).expect(200);
      // A pending payment is not collected; a reversal counts (negative) in the month it was made.
      await pay(c.id, '100.00', { paidOn: '2026-12-01' }, 'rep3');
      const earlier = (await pay(c.id, '200.00', { paidOn: '2026-11-29' }, 'rep3')).body.id as string;
      await confirm(earlier).expect(200);
      await api('finance').post(`/payments/${earlier}/reverse`, { reason: '退票' }).expect(201);
      const report = async (who: Who, query = '') => {
        const res = await api(who).get(`/reports/receivables-plan-vs-actual${query}`);
        expect(res.status).toBe(200);
        return res.body as { from: string; to: string; rows: Array<{ month: string; planned: string; collected: string }>; totals: { planned: string; collected: string } };
      };
      // At 00:00 on 1 December in Shanghai (30 November in UTC) this month is December.
      await at('2026-11-30T16:00:00.000Z');
      const mine = await report('rep3');
      // The default range: the twelve months ending with this month in the business time zone.
      expect([mine.from, mine.to, mine.rows.length]).toEqual(['2026-01', '2026-12', 12]);
      expect(mine.rows.slice(-2)).toEqual([
        { month: '2026-11', planned: '4000.00', collected: '3200.00' },
        { month: '2026-12', planned: '5000.00', collected: '2300.00' },
      ]);
      const edges = await report('rep3', '?from=2026-11&to=2027-01');
      expect(edges.rows.map((r) => [r.month, r.planned, r.collected])).toEqual([
        ['2026-11', '4000.00', '3200.00'],
        ['2026-12', '5000.00', '2300.00'],
        ['2027-01', '5464.00', '0.00'],
      ]);
      expect(edges.totals).toEqual({ planned: '14464.00', collected: '5500.00' });
      // Another rep's report does not cover these contracts.
      expect((await report('rep2', '?from=2026-11&to=2027-01')).totals).toEqual({ planned: '0.00', collected: '0.00' });
      // One minute earlier it was still November in Shanghai: the default range ends there.
      await at('2026-11-30T15:59:00.000Z');
      expect((await report('rep3')).to).toBe('2026-11');
      for (const [query, field] of [['?from=2026-13', 'from'], ['?from=2026-12&to=2026-11', 'from'], ['?from=2020-01&to=2026-12', 'from'], ['?to=26-12', 'to']] as const) {
        const bad = await api('rep3', true).get(`/reports/receivables-plan-vs-actual${query}`);
        expect(bad.status).toBe(400);
        expect(fields(bad)).toEqual([field]);
      }
      await at('2026-12-07T02:00:00.000Z');
    });
  });

  describe('batch confirmation', () => {
    it('confirms each payment in its own transaction and answers per payment; one refused does not undo the others', async () => {
      const c = await contract('1');
      await plan(c.id, thirds(c.total)).expect(200);
      const first = (await pay(c.id, '1000.00')).body.id as string;
      const second = (await pay(c.id, '2000.00')).body.id as string;
      const already = (await pay(c.id, '300.00')).body.id as string;
      await confirm(already).expect(200);
      const rejected = (await pay(c.id, '400.00')).body.id as string;
      await api('finance').post(`/payments/${rejected}/reject`, { reason: '未到账' }).expect(200);
      const stranger = randomUUID();
      // A rep does not confirm, not even in a batch.
      expect((await api('rep').post('/payments/confirmations', { paymentIds: [first] })).status).toBe(403);
      const res = await api('finance').post('/payments/confirmations', { paymentIds: [first, already, stranger, second, rejected] });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { paymentId: string; status: string; problem?: { type: string; status: number } }) => [r.paymentId, r.status, r.problem?.type, r.problem?.status])).toEqual([
        [first, 'CONFIRMED', undefined, undefined],
        [already, 'FAILED', 'https://kehu.dev/problems/payment-state-conflict', 409],
        [stranger, 'FAILED', 'https://kehu.dev/problems/not-found', 404],
        [second, 'CONFIRMED', undefined, undefined],
        [rejected, 'FAILED', 'https://kehu.dev/problems/payment-state-conflict', 409],
      ]);
      expect(await planOf(c.id)).toMatchObject({ received: '3300.00', pending: '0.00' });
      // Audited as single confirmations are: the allocation entry of each confirmed payment.
      const audited = await t.db.query(`SELECT entity_id FROM audit_log WHERE action = 'ALLOCATE' AND entity_id = ANY($1::text[])`, [[first, second]]);
      expect(audited.map((r: { entity_id: string }) => r.entity_id).sort()).toEqual([first, second].sort());
    });

    it('refuses an empty batch, more than 100 ids, or ids that are not uuids, naming paymentIds', async () => {
      const empty = await api('finance', true).post('/payments/confirmations', { paymentIds: [] });
      expect(empty.status).toBe(400);
      expect(fields(empty)).toEqual(['paymentIds']);
      const many = await api('finance', true).post('/payments/confirmations', { paymentIds: Array.from({ length: 101 }, () => randomUUID()) });
      expect(many.status).toBe(400);
      expect(fields(many)).toEqual(['paymentIds']);
      const bad = await api('finance', true).post('/payments/confirmations', { paymentIds: ['nope'] });
      expect(bad.status).toBe(400);
    });
  });

  describe('instalment list and customer summary', () => {
    type Item = { id: string; contractId: string; contractNumber: string; customerName: string; ownerId: string; ownerName: string; number: number; dueDate: string; amount: string; received: string; outstanding: string; state: string; daysOverdue: number };
    const list = async (who: Who, query: string) => {
      const res = await api(who).get(`/receivable-instalments?${query}`);
      expect(res.status).toBe(200);
      return res.body as { items: Item[]; total: number; totalCapped?: boolean };
    };

    it('lists instalments with their contract, customer, owner and derived state, filtered and sorted', async () => {
      const c = await contract('1');
      // 14,464.00: one due 10 days ago, one due today, one due later.
      await plan(c.id, [
        { dueDate: '2026-11-27', amount: '4000.00' },
        { dueDate: today, amount: '5000.00' },
        { dueDate: '2027-01-31', amount: '5464.00' },
      ]).expect(200);
      const p = await pay(c.id, '6000.00');
      await confirm(p.body.id).expect(200);
      const all = await list('rep', `contractId=${c.id}`);
      expect(all.total).toBe(3);
      expect(all.items.map((i) => [i.number, i.dueDate, i.amount, i.received, i.outstanding, i.state, i.daysOverdue])).toEqual([
        [1, '2026-11-27', '4000.00', '4000.00', '0.00', 'PAID', 0],
        [2, today, '5000.00', '2000.00', '3000.00', 'PARTIAL', 0],
        [3, '2027-01-31', '5464.00', '0.00', '5464.00', 'UNPAID', 0],
      ]);
      expect(all.items[0]).toMatchObject({ contractId: c.id, ownerId: users.rep.id, ownerName: 'rep', customerName: expect.stringContaining('空调有限公司'), contractNumber: expect.any(String) });
      // States as filters.
      for (const [state, numbers] of [['PAID', [1]], ['PARTIAL', [2]], ['UNPAID', [3]], ['OVERDUE', []]] as const) {
        expect((await list('rep', `contractId=${c.id}&state=${state}`)).items.map((i) => i.number)).toEqual(numbers);
      }
      // Due dates, amount sort, contract number prefix.
      expect((await list('rep', `contractId=${c.id}&dueFrom=${today}&dueTo=${today}`)).items.map((i) => i.number)).toEqual([2]);
      expect((await list('rep', `contractId=${c.id}&sort=-amount`)).items.map((i) => i.number)).toEqual([3, 2, 1]);
      const number = all.items[0].contractNumber;
      expect((await list('rep', `q=${encodeURIComponent(number.toLowerCase())}`)).items.map((i) => i.contractId)).toEqual([c.id, c.id, c.id]);
      // Another rep does not see them; the owner filter narrows to the owner's.
      expect((await list('rep2', `contractId=${c.id}`)).total).toBe(0);
      expect((await list('finance', `ownerId=${users.rep2.id}&contractId=${c.id}`)).total).toBe(0);
      const bad = await api('rep', true).get('/receivable-instalments?state=LATE&sort=outstanding');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['state']);
      const badSort = await api('rep').get('/receivable-instalments?sort=colour');
      expect(badSort.status).toBe(400);
      expect(fields(badSort)).toEqual(['sort']);
    });

    it('lists overdue instalments with their days past due', async () => {
      const c = await contract('1');
      await plan(c.id, [
        { dueDate: '2026-11-27', amount: '4000.00' },
        { dueDate: '2026-12-06', amount: '5000.00' },
        { dueDate: '2027-01-31', amount: '5464.00' },
      ]).expect(200);
      const p = await pay(c.id, '4500.00');
      await confirm(p.body.id).expect(200);
      const overdue = await list('rep', `contractId=${c.id}&state=OVERDUE`);
      expect(overdue.items.map((i) => [i.number, i.outstanding, i.state, i.daysOverdue])).toEqual([[2, '4500.00', 'OVERDUE', 1]]);
    });

    it('sums a customer’s signed contracts in the caller’s scope: amount, received, pending, outstanding, overdue', async () => {
      const c = await contract('1');
      await plan(c.id, [
        { dueDate: '2026-11-27', amount: '4000.00' },
        { dueDate: '2027-01-31', amount: '10464.00' },
      ]).expect(200);
      await confirm((await pay(c.id, '1000.00')).body.id).expect(200);
      await pay(c.id, '500.00');
      const customerId = (await t.db.query(`SELECT customer_id FROM contract WHERE id = $1`, [c.id]))[0].customer_id;
      const summary = await api('rep').get(`/customers/${customerId}/receivable-summary`);
      expect(summary.status).toBe(200);
      expect(summary.body).toEqual({ contractAmount: '14464.00', received: '1000.00', pending: '500.00', outstanding: '13464.00', overdue: '3000.00' });
      expect((await api('mgr').get(`/customers/${customerId}/receivable-summary`)).body).toEqual(summary.body);
      // Another rep does not see the customer: as if it did not exist.
      expect((await api('rep2').get(`/customers/${customerId}/receivable-summary`)).status).toBe(404);
      expect((await api('rep').get(`/customers/${randomUUID()}/receivable-summary`)).status).toBe(404);
    });
  });

  describe('data scope', () => {
    const PERMISSIONS = ['customer:read', 'customer:write', 'contract:read', 'contract:write', 'receivable:read', 'receivable:write'];
    const answer = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body });
    const contractOf = new Map<string, string>();
    const customerOf = new Map<string, string>();
    const scopeContract = scopeContractMaker(() => t, { tag: '回款', phoneSeries: 5 });
    /** A pending payment on a new planned contract of `owner`. */
    const newPayment = async (owner: { token: string }) => {
      const post = (url: string) => t.http.post(`/api/v1${url}`).auth(owner.token, { type: 'bearer' });
      const c = await scopeContract(owner, productId);
      const saved = await t.http.put(`/api/v1/contracts/${c.id}/receivable-plans`).auth(owner.token, { type: 'bearer' }).send({ instalments: [{ dueDate: '2027-01-31', amount: c.total }] });
      if (saved.status !== 200) throw new Error(`plan: ${saved.status} ${JSON.stringify(saved.body)}`);
      const p = await post('/payments').send({ contractId: c.id, amount: '100.00', paidOn: today, method: 'bank_transfer' });
      if (p.status !== 201) throw new Error(`payment: ${p.status} ${JSON.stringify(p.body)}`);
      contractOf.set(p.body.id, c.id);
      customerOf.set(c.id, c.customerId);
      return p.body.id as string;
    };

    describeScopeHarness('payments', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        create: (owner) => newPayment(owner),
        list: async (viewer, id) => (await t.http.get(`/api/v1/payments?contractId=${contractOf.get(id)}`).auth(viewer.token, { type: 'bearer' })).body.items.map((p: { id: string }) => p.id),
        get: async (viewer, id) => answer(await t.http.get(`/api/v1/payments/${id}`).auth(viewer.token, { type: 'bearer' })),
        getMissing: async (viewer) => answer(await t.http.get(`/api/v1/payments/${randomUUID()}`).auth(viewer.token, { type: 'bearer' })),
        count: async (viewer, id) => (await t.http.get(`/api/v1/payments?contractId=${contractOf.get(id)}`).auth(viewer.token, { type: 'bearer' })).body.total,
      },
    }));

    describeScopeHarness('receivable plans', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        create: async (owner) => contractOf.get(await newPayment(owner))!,
        get: async (viewer, id) => answer(await t.http.get(`/api/v1/contracts/${id}/receivable-plans`).auth(viewer.token, { type: 'bearer' })),
        getMissing: async (viewer) => answer(await t.http.get(`/api/v1/contracts/${randomUUID()}/receivable-plans`).auth(viewer.token, { type: 'bearer' })),
      },
    }));
    const instalmentContract = new Map<string, string>();
    describeScopeHarness('receivable instalments', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        create: async (owner) => {
          const contractId = contractOf.get(await newPayment(owner))!;
          const [{ id }] = await t.db.query(`SELECT id FROM receivable_instalment WHERE contract_id = $1`, [contractId]);
          instalmentContract.set(id, contractId);
          return id as string;
        },
        list: async (viewer, id) => (await t.http.get(`/api/v1/receivable-instalments?contractId=${instalmentContract.get(id)}`).auth(viewer.token, { type: 'bearer' })).body.items.map((i: { id: string }) => i.id),
        count: async (viewer, id) => (await t.http.get(`/api/v1/receivable-instalments?contractId=${instalmentContract.get(id)}`).auth(viewer.token, { type: 'bearer' })).body.total,
      },
    }));

    describeScopeHarness('customer receivable summary', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        create: async (owner) => customerOf.get(contractOf.get(await newPayment(owner))!)!,
        get: async (viewer, id) => answer(await t.http.get(`/api/v1/customers/${id}/receivable-summary`).auth(viewer.token, { type: 'bearer' })),
        getMissing: async (viewer) => answer(await t.http.get(`/api/v1/customers/${randomUUID()}/receivable-summary`).auth(viewer.token, { type: 'bearer' })),
      },
    }));
  });
});
