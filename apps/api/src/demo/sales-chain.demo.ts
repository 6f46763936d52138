import { money } from '@kehu/server-core';
import { DEMO_PASSWORD } from '@kehu/server-permissions';

/**
 * The demo company's sales chain (README "Demo company"), played once through the public REST API
 * by the demo users themselves, after the demo customers and catalogue are seeded: every rule,
 * approval, number, ledger entry and audit row is the product's own, as if the team had worked
 * through the past weeks. What it leaves:
 *
 * - open opportunities in several stages, one waiting in the managers' queue, one lost;
 * - 金坛暖通: a won quote turned into a contract above the approval threshold (manager, finance and
 *   executive approved), signed 40 days ago: a 30 % instalment paid, the 60 % one overdue with a
 *   payment waiting for finance, the equipment delivered and the installation planned;
 * - 瑞科电子: a contract fully paid and fully accepted, hence COMPLETED;
 * - 禾丰制冷: a contract signed 20 days ago with a payment waiting for finance, nothing overdue;
 * - 华顺阀门: a contract waiting for the manager's approval; 东升塑料: a draft; a reserved number.
 *
 * Dates are whole days before today, at least one, so they are in the past in any business time zone.
 */

/** One API call: method, path under /api/v1, bearer token, JSON body; answers status and body. */
export type DemoHttp = (method: 'GET' | 'POST' | 'PUT', path: string, token: string | null, body?: object) => Promise<{ status: number; body: unknown }>;

export type SalesDemoOutcome = 'seeded' | 'already-seeded' | 'not-ready';

type Actor = 'rep1' | 'rep2' | 'rep3' | 'manager' | 'finance' | 'exec';
const ACTORS: readonly Actor[] = ['rep1', 'rep2', 'rep3', 'manager', 'finance', 'exec'];

/** The title that marks the chain as played (the first contract it makes). */
export const SALES_DEMO_MARKER = '金坛暖通 新厂房中央空调工程';

const DAY_MS = 86_400_000;
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);

interface Line {
  code: string;
  quantity: string;
}

export async function playSalesDemo(http: DemoHttp): Promise<SalesDemoOutcome> {
  const call = async <T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT', path: string, token: string | null, body?: object): Promise<T> => {
    const res = await http(method, path, token, body);
    if (res.status >= 300) throw new Error(`demo sales chain: ${method} ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };

  const tokens = new Map<Actor, string>();
  const ids = new Map<Actor, string>();
  const signIn = async (actor: Actor): Promise<boolean> => {
    const login = await http('POST', '/auth/login', null, { username: actor, password: DEMO_PASSWORD });
    if (login.status !== 200) return false;
    const body = login.body as { accessToken: string; user: { id: string } };
    tokens.set(actor, body.accessToken);
    ids.set(actor, body.user.id);
    return true;
  };
  const as = (actor: Actor) => tokens.get(actor) as string;
  const idOf = (actor: Actor) => ids.get(actor) as string;

  // The executive sees every contract: one sign-in tells whether the chain was played before.
  if (!(await signIn('exec'))) return 'not-ready';
  const done = await call<{ total: number }>('GET', `/contracts?q=${encodeURIComponent(SALES_DEMO_MARKER)}&pageSize=1`, as('exec'));
  if (done.total > 0) return 'already-seeded';
  for (const actor of ACTORS) if (!tokens.has(actor) && !(await signIn(actor))) return 'not-ready';

  const products = new Map<string, string>();
  const catalogue = await call<{ items: Array<{ id: string; code: string }> }>('GET', '/products?pageSize=100', as('rep1'));
  for (const p of catalogue.items) products.set(p.code, p.id);
  if (!products.has('DEMO-MK-130')) return 'not-ready';
  const lines = (list: Line[]) => list.map((l) => ({ productId: products.get(l.code), quantity: l.quantity }));

  /** A demo customer of `owner` (customers.seeder's DEMO_CUSTOMERS), by its full name. */
  const customer = async (owner: Actor, name: string) => {
    const page = await call<{ items: Array<{ id: string; name: string }> }>('GET', `/customers?q=${encodeURIComponent(name)}&pageSize=5`, as(owner));
    const found = page.items.find((c) => c.name === name);
    if (!found) throw new Error(`demo sales chain: customer ${name} not found for ${owner}`);
    return found.id;
  };
  const opportunity = (owner: Actor, customerId: string, title: string, expectedAmount: string, closeInDays: number, summary: string) =>
    call<{ id: string }>('POST', '/opportunities', as(owner), { title, customerId, expectedAmount, expectedCloseDate: day(-closeInDays), summary });
  const advance = async (owner: Actor, opportunityId: string, stages: string[]) => {
    for (const stage of stages) await call('POST', `/opportunities/${opportunityId}/stage`, as(owner), { stage });
  };
  /** Every step of the contract's approval chain, each by whoever it waits for. */
  const approveAll = async (contractId: string) => {
    for (let step = 0; step < 5; step++) {
      const trail = await call<Array<{ id: string; status: string }>>('GET', `/contracts/${contractId}/approvals`, as('exec'));
      const pending = trail.find((r) => r.status === 'PENDING');
      if (!pending) return;
      const approver = await whoMayDecide(pending.id);
      await call('POST', `/approvals/${pending.id}/approve`, as(approver), { comment: '同意' });
    }
    throw new Error(`demo sales chain: contract ${contractId} still awaits approval`);
  };
  const whoMayDecide = async (approvalId: string): Promise<Actor> => {
    for (const actor of ['manager', 'finance', 'exec'] as const) {
      const inbox = await call<{ items: Array<{ id: string }> }>('GET', '/approvals?status=pending&pageSize=100', as(actor));
      if (inbox.items.some((a) => a.id === approvalId)) return actor;
    }
    throw new Error(`demo sales chain: nobody of the demo may decide approval ${approvalId}`);
  };
  const sign = (owner: Actor, contractId: string, daysAgo: number, customerSigner: string) =>
    call('POST', `/contracts/${contractId}/sign`, as(owner), { signingDate: day(daysAgo), ourSignerId: idOf(owner), customerSigner, electronic: true });
  const pay = (owner: Actor, contractId: string, amount: string, daysAgo: number, note: string) =>
    call<{ id: string }>('POST', '/payments', as(owner), { contractId, amount, paidOn: day(daysAgo), method: 'bank_transfer', handlerId: idOf(owner), note });
  const confirm = (paymentId: string) => call('POST', `/payments/${paymentId}/confirm`, as('finance'));
  const lineIds = async (owner: Actor, contractId: string) =>
    (await call<{ lines: Array<{ lineId: string }> }>('GET', `/contracts/${contractId}/deliveries`, as(owner))).lines.map((l) => l.lineId);
  /** A delivery of `quantity` on the line, taken as far as `until`, each step a few days after the last. */
  const deliver = async (owner: Actor, contractId: string, lineId: string, quantity: string, shippedDaysAgo: number, until: 'planned' | 'delivered' | 'accepted') => {
    const d = await call<{ id: string }>('POST', `/contracts/${contractId}/deliveries`, as(owner), { lineId, quantity, plannedOn: day(shippedDaysAgo), carrier: '德邦物流' });
    if (until === 'planned') return;
    await call('POST', `/deliveries/${d.id}/ship`, as(owner), { date: day(shippedDaysAgo), trackingNote: `DB${String(Date.now()).slice(-10)}` });
    await call('POST', `/deliveries/${d.id}/deliver`, as(owner), { date: day(shippedDaysAgo - 2) });
    if (until === 'accepted') await call('POST', `/deliveries/${d.id}/accept`, as(owner), { date: day(shippedDaysAgo - 4) });
  };
  /** `share` % of `total`, exact to the cent (money is never a float). */
  const percent = (total: string, share: number) => money.format(money.parse(total).times(share).dividedBy(100));
  const rest = (total: string, ...parts: string[]) => money.format(parts.reduce((left, part) => left.minus(part), money.parse(total)));

  // ── 金坛暖通: quote → won → contract above the threshold → full chain → signed, part paid, overdue
  {
    const customerId = await customer('rep1', '常州市金坛暖通设备有限公司');
    const opp = await opportunity('rep1', customerId, '金坛暖通 新厂房中央空调', '580000.00', 0, '新建三号厂房，需要风冷模块机组及安装');
    await advance('rep1', opp.id, ['qualified', 'proposal', 'negotiation']);
    const quote = await call<{ id: string }>('POST', `/opportunities/${opp.id}/quotes`, as('rep1'), {
      validUntil: day(-30),
      lines: lines([
        { code: 'DEMO-MK-130', quantity: '3' },
        { code: 'DEMO-AZ-01', quantity: '1' },
      ]),
    });
    await call('POST', `/quotes/${quote.id}/send`, as('rep1'));
    await call('POST', `/quotes/${quote.id}/accept`, as('rep1'));
    await call('POST', `/opportunities/${opp.id}/win`, as('rep1'), {});
    const contract = await call<{ id: string; total: string }>('POST', '/contracts', as('rep1'), {
      quoteId: quote.id,
      type: 'sales',
      title: SALES_DEMO_MARKER,
      paymentMethod: 'bank_transfer',
      paymentTerms: '签约付 30 %，到货付 60 %，验收后 60 天付 10 %',
      additionalTerms: '免费保修两年；赠送首年维保一次',
    });
    await call('POST', `/contracts/${contract.id}/submit`, as('rep1'));
    await approveAll(contract.id);
    await sign('rep1', contract.id, 40, '蒋志远');
    const first = percent(contract.total, 30);
    const second = percent(contract.total, 60);
    const last = rest(contract.total, first, second);
    await call('PUT', `/contracts/${contract.id}/receivable-plans`, as('rep1'), {
      instalments: [
        { dueDate: day(38), amount: first, note: '签约预付 30 %' },
        { dueDate: day(10), amount: second, note: '到货 60 %' },
        { dueDate: day(-50), amount: last, note: '验收后 60 天 10 %' },
      ],
    });
    await confirm((await pay('rep1', contract.id, first, 37, '预付款')).id);
    await pay('rep1', contract.id, '100000.00', 2, '到货款第一笔');
    const [equipment, installation] = await lineIds('rep1', contract.id);
    await deliver('rep1', contract.id, equipment, '3', 16, 'delivered');
    await deliver('rep1', contract.id, installation, '1', 0, 'planned');
  }

  // ── 瑞科电子: signed, fully paid and fully accepted → COMPLETED
  {
    const customerId = await customer('rep1', '苏州工业园区瑞科电子科技有限公司');
    const contract = await call<{ id: string; total: string }>('POST', '/contracts', as('rep1'), {
      customerId,
      type: 'sales',
      title: '瑞科电子 机房精密空调采购',
      lines: lines([
        { code: 'DEMO-JM-40', quantity: '2' },
        { code: 'DEMO-WB-01', quantity: '1' },
      ]),
      additionalTerms: '含首年维保',
    });
    await call('POST', `/contracts/${contract.id}/submit`, as('rep1'));
    await approveAll(contract.id);
    await sign('rep1', contract.id, 90, '沈建明');
    await call('PUT', `/contracts/${contract.id}/receivable-plans`, as('rep1'), { instalments: [{ dueDate: day(60), amount: contract.total, note: '验收后一次付清' }] });
    const [units, maintenance] = await lineIds('rep1', contract.id);
    await deliver('rep1', contract.id, units, '2', 80, 'accepted');
    await deliver('rep1', contract.id, maintenance, '1', 75, 'accepted');
    await confirm((await pay('rep1', contract.id, contract.total, 58, '全款')).id);
  }

  // ── 禾丰制冷: signed 20 days ago, a payment waiting for finance, nothing overdue yet
  {
    const customerId = await customer('rep2', '嘉兴市禾丰制冷设备有限公司');
    const contract = await call<{ id: string; total: string }>('POST', '/contracts', as('rep2'), {
      customerId,
      type: 'sales',
      title: '禾丰制冷 恒温恒湿机采购',
      lines: lines([{ code: 'DEMO-HW-25', quantity: '2' }]),
    });
    await call('POST', `/contracts/${contract.id}/submit`, as('rep2'));
    await approveAll(contract.id);
    await sign('rep2', contract.id, 20, '褚海涛');
    const half = percent(contract.total, 50);
    await call('PUT', `/contracts/${contract.id}/receivable-plans`, as('rep2'), {
      instalments: [
        { dueDate: day(-10), amount: half, note: '发货前 50 %' },
        { dueDate: day(-70), amount: rest(contract.total, half), note: '验收后 50 %' },
      ],
    });
    await pay('rep2', contract.id, half, 1, '发货前款项');
  }

  // ── 华顺阀门: waiting for the manager; 东升塑料: a draft; rep1 holds a reserved number
  {
    const contract = await call<{ id: string }>('POST', '/contracts', as('rep2'), {
      customerId: await customer('rep2', '温州市华顺阀门股份有限公司'),
      type: 'sales',
      title: '华顺阀门 铸造车间风管机',
      lines: lines([
        { code: 'DEMO-FG-72', quantity: '8' },
        { code: 'DEMO-AZ-01', quantity: '1' },
      ]),
    });
    await call('POST', `/contracts/${contract.id}/submit`, as('rep2'));
    await call('POST', '/contracts', as('rep1'), {
      customerId: await customer('rep1', '宁波市海曙区东升塑料制品厂'),
      type: 'sales',
      title: '东升塑料 注塑车间降温',
      lines: lines([{ code: 'DEMO-FG-72', quantity: '6' }]),
    });
    await call('POST', '/contract-numbers', as('rep1'));
  }

  // ── Open opportunities in several stages, one in the managers' queue, one lost
  {
    const hengrun = await opportunity('rep1', await customer('rep1', '无锡市恒润精密机械有限公司'), '恒润机械 二号车间恒温恒湿', '380000.00', 45, '数控车间恒温恒湿及冷却系统');
    await advance('rep1', hengrun.id, ['qualified', 'proposal']);
    await call('POST', `/opportunities/${hengrun.id}/quotes`, as('rep1'), { validUntil: day(-20), lines: lines([{ code: 'DEMO-HW-25', quantity: '6' }]) });
    await opportunity('rep1', await customer('rep1', '南通市通达汽车零部件有限公司'), '通达汽配 涂装车间空调', '260000.00', 75, '涂装线扩产，需要车间空调');
    const meijia = await opportunity('rep2', await customer('rep2', '佛山市顺德区美佳电器有限公司'), '美佳电器 注塑车间冷却', '470000.00', 20, '注塑机冷却改造');
    await advance('rep2', meijia.id, ['qualified', 'proposal', 'negotiation']);
    const beifang = await opportunity('rep3', await customer('rep3', '沈阳北方重型机床有限公司'), '北方机床 总装车间热泵采暖', '1300000.00', 90, '冬季采暖改热泵');
    await advance('rep3', beifang.id, ['qualified']);
    const pujiang = await opportunity('rep2', await customer('rep2', '上海浦江信息技术有限公司'), '浦江信息 机房空调更新', '200000.00', 10, '机房精密空调更新');
    await advance('rep2', pujiang.id, ['qualified']);
    await call('POST', `/opportunities/${pujiang.id}/lose`, as('rep2'), { reason: 'price', note: '客户选择了报价更低的品牌' });
    await call('POST', '/opportunities', as('manager'), {
      title: '官网询价：冷库配套制冷机组',
      prospect: { company: '扬州市江都区鲜达冷链仓储有限公司', contactName: '曹立群', phone: '13905141862' },
      expectedAmount: '150000.00',
      summary: '官网留言，需要冷库配套机组报价',
      ownerId: null,
    });
  }
  return 'seeded';
}
