import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, TestClock } from '@kehu/server-core/testing';
import { DEMO_PASSWORD, PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { loginAs } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { stageOf, Stage } from '../lifecycle/customer-lifecycle';
import { CustomerStatus, ReviewState } from '../lifecycle/customer-status';
import { CustomerModule } from '../customer.module';
import { DEMO_CUSTOMERS, DemoCustomersSeeder } from './demo-customers.seeder';
import { customerMigrations } from '../migrations';

const migrations = [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations];
const DAY = 86_400_000;

/** Row counts of everything the demo stories write. */
async function counts(t: TestApp): Promise<Record<string, number>> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM customer) AS customers, (SELECT count(*)::int FROM contact) AS contacts,
            (SELECT count(*)::int FROM follow_up) AS follow_ups, (SELECT count(*)::int FROM customer_history) AS history,
            (SELECT count(*)::int FROM approval_request) AS approvals, (SELECT count(*)::int FROM churn_alert) AS churn_alerts,
            (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  return row;
}

/**
 * The demo company's customers (KEHU_DEMO): seeded once at start through the real services, in
 * every lifecycle stage, with the reminders a person trying the product should see.
 */
describe('demo customers', () => {
  describe('with the demo flag', () => {
    const clock = new TestClock('2026-11-25T02:00:00.000Z'); // Wednesday 10:00 in Shanghai
    let t: TestApp;
    type Row = { id: string; name: string; status: CustomerStatus; review_state: ReviewState | null; owner: string | null; previous_owner: string | null };
    let rows: Row[];
    const byName = (name: string) => rows.find((r) => r.name === name) as Row;
    const tokens = new Map<string, string>();
    const api = async (username: string, url: string) => {
      if (!tokens.has(username)) tokens.set(username, await loginAs(t, username, DEMO_PASSWORD));
      const res = await t.http.get(`/api/v1${url}`).auth(tokens.get(username) as string, { type: 'bearer' });
      expect(res.status).toBe(200);
      return res.body;
    };

    beforeAll(async () => {
      t = await createTestApp({ imports: [PermissionsModule, SettingsModule, CustomerModule], migrations, clock, config: { demo: true } });
      rows = await t.db.query(
        `SELECT c.id, c.name, c.status, c.review_state, o.username AS owner, p.username AS previous_owner
           FROM customer c LEFT JOIN app_user o ON o.id = c.owner_id LEFT JOIN app_user p ON p.id = c.previous_owner_id`,
      );
    }, 120_000);
    afterAll(() => t.close());

    it('seeds every demo customer at start, each in its stage, in every stage, spread over the three reps', async () => {
      expect(rows).toHaveLength(DEMO_CUSTOMERS.length);
      expect(DEMO_CUSTOMERS.length).toBeGreaterThanOrEqual(20);
      for (const spec of DEMO_CUSTOMERS) {
        const row = byName(spec.fields.name);
        expect({ name: row.name, stage: stageOf({ status: row.status, reviewState: row.review_state }) }).toEqual({ name: spec.fields.name, stage: spec.stage });
      }
      expect(new Set(DEMO_CUSTOMERS.map((c) => c.stage))).toEqual(new Set(Object.values(Stage)));
      const owners = rows.map((r) => r.owner ?? r.previous_owner);
      for (const rep of ['rep1', 'rep2', 'rep3']) expect(owners.filter((o) => o === rep).length).toBeGreaterThanOrEqual(5);
    });

    it('each customer has one or two contacts, exactly one primary, and most have follow-ups', async () => {
      const contacts: Array<{ customer_id: string; n: number; primaries: number }> = await t.db.query(
        `SELECT customer_id, count(*)::int AS n, count(*) FILTER (WHERE is_primary)::int AS primaries FROM contact GROUP BY customer_id`,
      );
      expect(contacts).toHaveLength(rows.length);
      for (const c of contacts) {
        expect(c.n).toBeGreaterThanOrEqual(1);
        expect(c.n).toBeLessThanOrEqual(2);
        expect(c.primaries).toBe(1);
      }
      const [{ n }] = await t.db.query(`SELECT count(DISTINCT customer_id)::int AS n FROM follow_up`);
      expect(n).toBeGreaterThanOrEqual(rows.length - 2);
    });

    it('every event happened through the lifecycle: ordered history in the past, the creation at the customer’s creation time', async () => {
      const now = clock.now().getTime();
      const history: Array<{ customer_id: string; event: string; at: Date; created_at: Date }> = await t.db.query(
        `SELECT h.customer_id, h.event, h.at, c.created_at FROM customer_history h JOIN customer c ON c.id = h.customer_id ORDER BY h.seq`,
      );
      for (const row of rows) {
        const mine = history.filter((h) => h.customer_id === row.id);
        expect(mine[0]).toMatchObject({ event: 'CREATED' });
        expect(mine[0].at.getTime()).toBe(mine[0].created_at.getTime());
        const times = mine.map((h) => h.at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(Math.max(...times)).toBeLessThanOrEqual(now);
      }
      const spec = DEMO_CUSTOMERS.find((c) => c.stage === Stage.Lost) as (typeof DEMO_CUSTOMERS)[number];
      expect(new Date(history.find((h) => h.customer_id === byName(spec.fields.name).id)?.at as Date).getTime()).toBe(now - spec.created * DAY);

      // The reviewer decided the protections, the manager the intents, each audited as the demo user who acted.
      const audited: Array<{ actor_name: string; action: string; entity_type: string }> = await t.db.query(
        `SELECT DISTINCT actor_name, action, entity_type FROM audit_log WHERE actor_name IS NOT NULL`,
      );
      expect(audited).toEqual(
        expect.arrayContaining([
          { actor_name: 'rep1', action: 'INSERT', entity_type: 'Customer' },
          { actor_name: 'rep3', action: 'INSERT', entity_type: 'Contact' },
          { actor_name: 'reviewer', action: 'APPROVE', entity_type: 'ApprovalRequest' },
          { actor_name: 'reviewer', action: 'REJECT', entity_type: 'ApprovalRequest' },
          { actor_name: 'manager', action: 'APPROVE', entity_type: 'ApprovalRequest' },
          { actor_name: 'system', action: 'SEED', entity_type: 'Customer' },
        ]),
      );
    });

    it('rejected with the reviewer’s reason; abandoned, expired and claimed through the pool; formal with an after-sales owner; lost with the reason', async () => {
      const rejected = await api('rep2', `/customers/${byName('成都市蓉欣医疗器械有限公司').id}`);
      expect(rejected).toMatchObject({ stage: 'POTENTIAL_REJECTED', rejectionReason: expect.stringContaining('门牌号'), ownerName: '刘洋' });
      expect(new Date(rejected.protectionUntil).getTime()).toBeGreaterThan(clock.now().getTime());

      const pool = (await api('rep1', '/customers/pool?pageSize=200')).items;
      const inPool = (name: string) => pool.find((p: { name: string }) => p.name === name);
      expect(inPool('东莞市鑫达五金制品有限公司')).toMatchObject({ poolReason: 'ABANDONED', previousOwnerName: '刘洋', daysInPool: 1 });
      expect(inPool('武汉华中冷链物流有限公司')).toMatchObject({ poolReason: 'EXPIRED', previousOwnerName: '陈静', daysInPool: 14 });
      expect(inPool('绍兴市柯桥区锦绣印染有限公司')).toMatchObject({ poolReason: 'EXPIRED', previousOwnerName: '张伟' });
      const expired = await api('rep2', `/customers/pool/${byName('绍兴市柯桥区锦绣印染有限公司').id}`);
      expect(expired.history.map((h: { event: string }) => h.event)).toEqual(['EXPIRED', 'CONVERTED', 'INTENT_REQUESTED', 'APPROVED', 'CREATED']);

      const claimed = await api('rep3', `/customers/${byName('泉州市闽南鞋业有限公司').id}/history`);
      expect(claimed.map((h: { event: string }) => h.event)).toEqual(['CLAIMED', 'ABANDONED', 'APPROVED', 'CREATED']);
      expect(claimed[0]).toMatchObject({ toOwnerName: '陈静', fromStatus: 'POOL' });

      const formal = await api('manager', `/customers/${byName('宁波市海曙区东升塑料制品厂').id}`);
      expect(formal).toMatchObject({ status: 'FORMAL', ownerName: '张伟', afterSalesOwnerName: '孙丽', protectionUntil: null });
      expect(new Date(formal.lastDealAt).getTime()).toBe(clock.now().getTime() - 120 * DAY);

      const lost = (await api('rep2', '/churn-alerts?active=false&pageSize=200')).items;
      expect(lost).toEqual([
        expect.objectContaining({ customerName: '天津市滨海化工有限责任公司', status: 'CONFIRMED', customerStatus: 'LOST', lossReason: expect.stringContaining('竞争对手') }),
      ]);
      expect(lost[0].measures.map((m: { text: string }) => m.text)).toEqual(['安排技术回访，提供年度保养优惠']);
    });

    it('home pages: rep1 is reminded of expiring protection, follow-ups due today and overdue, and a churn alert; the manager and the reviewer have requests waiting', async () => {
      const reminders: Array<{ kind: string; title: string; overdue: boolean }> = (await api('rep1', '/reminders')).items;
      const of = (kind: string) => reminders.filter((r) => r.kind === kind).map((r) => r.title).sort();
      expect(of('protection-expiring')).toEqual(['无锡市恒润精密机械有限公司']);
      expect(of('follow-up')).toEqual(['南通市通达汽车零部件有限公司', '常州市金坛暖通设备有限公司'].sort());
      expect(reminders.find((r) => r.title === '常州市金坛暖通设备有限公司')?.overdue).toBe(true);
      expect(of('churn-alert')).toEqual(['苏州工业园区瑞科电子科技有限公司']);
      const rep2 = (await api('rep2', '/reminders')).items.filter((r: { kind: string }) => r.kind === 'protection-expiring').map((r: { title: string }) => r.title);
      expect(rep2.sort()).toEqual(['佛山市顺德区美佳电器有限公司', '成都市蓉欣医疗器械有限公司'].sort());

      const inbox = (await api('manager', '/approvals?status=pending&pageSize=200')).items.map((a: { subjectType: string; subjectTitle: string }) => `${a.subjectType} ${a.subjectTitle}`);
      expect(inbox.sort()).toEqual(['customer.extension 芜湖市江城汽车配件有限公司', 'customer.intent 上海浦江信息技术有限公司']);
      const queue = (await api('reviewer', '/customers/review-queue?pageSize=200')).items.map((i: { customer: { name: string } }) => i.customer.name);
      expect(queue.sort()).toEqual(DEMO_CUSTOMERS.filter((c) => c.stage === Stage.PotentialPending).map((c) => c.fields.name).sort());
    });

    it('runs once: seeding again (and starting again) adds nothing', async () => {
      const before = await counts(t);
      const seeder = t.app.get(DemoCustomersSeeder);
      expect(await seeder.seed()).toEqual({ seeded: 0, skipped: 'already-seeded' });
      await seeder.onApplicationBootstrap();
      expect(await counts(t)).toEqual(before);
    });
  });

  describe('without the demo flag', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ imports: [PermissionsModule, SettingsModule, CustomerModule], migrations, clock: new TestClock('2026-11-25T02:00:00.000Z') });
    }, 120_000);
    afterAll(() => t.close());

    it('seeds no customer, at start or when asked', async () => {
      expect((await counts(t)).customers).toBe(0);
      expect(await t.app.get(DemoCustomersSeeder).seed()).toEqual({ seeded: 0, skipped: 'demo-off' });
      await t.app.get(DemoCustomersSeeder).onApplicationBootstrap();
      expect(await counts(t)).toMatchObject({ customers: 0, contacts: 0, follow_ups: 0, history: 0, churn_alerts: 0 });
    });
  });
});
