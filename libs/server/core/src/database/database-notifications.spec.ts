import { Client } from 'pg';
import { coreMigrations } from '../migrations';
import { createTestDatabase } from '../testing/test-database';
import { DatabaseNotifications } from './database-notifications';

describe('database notifications', () => {
  let url: string;
  let drop: () => Promise<void>;
  let admin: Client;

  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase(coreMigrations));
    admin = new Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await drop();
  });

  /** A promise of the handler's next call, and the handler. */
  const nextCall = () => {
    let resolve!: () => void;
    const called = new Promise<void>((r) => (resolve = r));
    return { called, handler: () => resolve() };
  };

  it('runs the handlers of a channel when another connection notifies it, and no others', async () => {
    const notifications = new DatabaseNotifications(url);
    try {
      const calls: string[] = [];
      const first = nextCall();
      await notifications.subscribe('kehu_test_a', () => calls.push('a'));
      await notifications.subscribe('kehu_test_a', first.handler);
      await notifications.subscribe('kehu_test_b', () => calls.push('b'));
      expect(notifications.listening).toBe(true);
      await admin.query(`SELECT pg_notify('kehu_test_a', 'x')`);
      await first.called;
      expect(calls).toEqual(['a']);
    } finally {
      await notifications.onModuleDestroy();
    }
  });

  it('says it is not listening when its connection is lost, runs the handlers, and listens again', async () => {
    const notifications = new DatabaseNotifications(url, { reconnectMs: 0 });
    try {
      let lost = nextCall();
      let listeningWhenRun: boolean | null = null;
      await notifications.subscribe('kehu_test_c', () => {
        listeningWhenRun = notifications.listening;
        lost.handler();
      });
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kehu-notifications' AND datname = current_database()`);
      await lost.called;
      expect(listeningWhenRun).toBe(false);
      await notifications.whenListening();
      expect(notifications.listening).toBe(true);
      lost = nextCall();
      await admin.query(`SELECT pg_notify('kehu_test_c', '')`);
      await lost.called;
      expect(listeningWhenRun).toBe(true);
    } finally {
      await notifications.onModuleDestroy();
    }
  });

  it('refuses a channel name that is not a plain identifier', async () => {
    const notifications = new DatabaseNotifications(url);
    await expect(notifications.subscribe('x; DROP TABLE audit_log', () => undefined)).rejects.toThrow('Invalid channel name');
    await notifications.onModuleDestroy();
  });
});
