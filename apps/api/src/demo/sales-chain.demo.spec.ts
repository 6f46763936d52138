import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { configureApp, loadConfig } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import { DEMO_PASSWORD } from '@kehu/server-permissions';
import request from 'supertest';
import { AppModule } from '../app.module';
import { allMigrations } from '../migrations';
import { DemoHttp, playSalesDemo, SALES_DEMO_MARKER } from './sales-chain.demo';

/**
 * `npm run demo` (README "Demo company"): the whole product booted with KEHU_DEMO, so the demo users,
 * customers and catalogue are seeded as at a first start; then the sales chain is played through the
 * API, once.
 */
describe('the demo company’s sales chain', () => {
  let app: INestApplication;
  let drop: () => Promise<void>;
  let http: DemoHttp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const database = await createTestDatabase(allMigrations);
    drop = database.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: 'Admin-pass-2026', demo: true });
    app = await NestFactory.create(AppModule.forRoot(config, database.url), { logger: false });
    configureApp(app, config);
    await app.init();
    const server = request(app.getHttpServer());
    http = async (method, path, token, body) => {
      const req = method === 'GET' ? server.get(`/api/v1${path}`) : method === 'PUT' ? server.put(`/api/v1${path}`) : server.post(`/api/v1${path}`);
      const authed = token ? req.auth(token, { type: 'bearer' }) : req;
      const res = await (body ? authed.send(body) : authed);
      return { status: res.status, body: res.body };
    };
    for (const user of ['rep1', 'rep2', 'manager', 'finance', 'exec']) {
      const login = await http('POST', '/auth/login', null, { username: user, password: DEMO_PASSWORD });
      tokens[user] = (login.body as { accessToken: string }).accessToken;
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  const get = async <T>(who: string, path: string): Promise<T> => {
    const res = await http('GET', path, tokens[who]);
    expect(res.status).toBe(200);
    return res.body as T;
  };

  it('plays once, leaving contracts in every state, money owed and waiting, deliveries, and open opportunities', async () => {
    expect(await playSalesDemo(http)).toBe('seeded');
    expect(await playSalesDemo(http)).toBe('already-seeded');

    const contracts = await get<{ items: Array<{ id: string; title: string; status: string; customerId: string }> }>('exec', '/contracts?pageSize=50');
    const statusOf = Object.fromEntries(contracts.items.map((c) => [c.title, c.status]));
    expect(statusOf).toEqual({
      [SALES_DEMO_MARKER]: 'ACTIVE',
      '瑞科电子 机房精密空调采购': 'COMPLETED',
      '禾丰制冷 恒温恒湿机采购': 'ACTIVE',
      '华顺阀门 铸造车间风管机': 'PENDING_APPROVAL',
      '东升塑料 注塑车间降温': 'DRAFT',
    });
    const [jintan] = contracts.items.filter((c) => c.title === SALES_DEMO_MARKER);
    // Signing made the intent customer FORMAL; the quote it came from was won.
    expect((await get<{ stage: string }>('rep1', `/customers/${jintan.customerId}`)).stage).toBe('FORMAL');
    // Above the amount threshold: the manager, finance and an executive each approved their step.
    const [approval] = await get<Array<{ status: string; steps: Array<{ status: string; decidedByName: string | null }> }>>('rep1', `/contracts/${jintan.id}/approvals`);
    expect(approval.status).toBe('APPROVED');
    expect(approval.steps.map((s) => [s.status, s.decidedByName])).toEqual([
      ['APPROVED', '李经理'],
      ['APPROVED', '周强'],
      ['APPROVED', '王总'],
    ]);

    // Finance has two payments to confirm and one overdue instalment; the manager one contract to approve.
    expect((await get<{ total: number }>('finance', '/payments?status=PENDING&pageSize=1')).total).toBe(2);
    const overdue = await get<{ items: Array<{ contractId: string; number: number }> }>('finance', '/receivable-instalments?state=OVERDUE');
    expect(overdue.items.map((i) => [i.contractId, i.number])).toEqual([[jintan.id, 2]]);
    const aging = await get<{ totals: { total: string } }>('finance', '/reports/receivables-aging?groupBy=customer');
    expect(Number(aging.totals.total)).toBeGreaterThan(0);
    const inbox = await get<{ items: Array<{ subjectType: string }> }>('manager', '/approvals?status=pending');
    expect(inbox.items.filter((a) => a.subjectType === 'contract')).toHaveLength(1);

    const deliveries = await get<{ lines: Array<{ ordered: string; delivered: string; accepted: string }> }>('rep1', `/contracts/${jintan.id}/deliveries`);
    expect(deliveries.lines.map((l) => [l.ordered, l.delivered, l.accepted])).toEqual([
      ['3.000', '3.000', '0.000'],
      ['1.000', '0.000', '0.000'],
    ]);

    const opportunities = await get<{ items: Array<{ status: string; ownerId: string | null }> }>('manager', '/opportunities?pageSize=50');
    const count = (status: string) => opportunities.items.filter((o) => o.status === status).length;
    // Open in several stages (the manager sees his department's: rep3's is in another), won, lost, and one to assign.
    expect([count('ASSIGNED'), count('WON'), count('LOST'), count('UNASSIGNED')]).toEqual([3, 1, 1, 1]);
    expect(opportunities.items.filter((o) => o.ownerId === null)).toHaveLength(1);
  });
});
