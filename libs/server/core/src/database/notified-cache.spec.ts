import { TestClock } from '../testing/test-clock';
import { DatabaseNotifications } from './database-notifications';
import { NotifiedCache } from './notified-cache';

describe('notified cache', () => {
  let clock: TestClock;
  let notifications: { listening: boolean };
  let cache: NotifiedCache<{ value: string; version: number }>;
  let loads: number;
  const load = async () => {
    loads++;
    return { value: 'u1', version: loads };
  };

  beforeEach(() => {
    clock = new TestClock();
    notifications = { listening: true };
    cache = new NotifiedCache(notifications as DatabaseNotifications, clock, 'kehu_test');
    loads = 0;
  });

  it('reads a value once, then answers from memory', async () => {
    const first = await cache.get('u1', load);
    expect(await cache.get('u1', load)).toBe(first);
    expect(loads).toBe(1);
    expect((await cache.get('u1', load, { fresh: true }))?.version).toBe(2);
  });

  it('drops everything on a change, including what a read in flight brings back', async () => {
    await cache.get('u1', load);
    cache.changed();
    expect((await cache.get('u1', load))?.version).toBe(2);
    // A read that started before a change may have seen the old data: used once, not kept.
    const inFlight = cache.get('u1', load, { fresh: true });
    cache.changed();
    expect((await inFlight)?.version).toBe(3);
    expect((await cache.get('u1', load))?.version).toBe(4);
    expect((await cache.get('u1', load))?.version).toBe(4);
    await cache.afterCommit(Promise.resolve());
    expect((await cache.get('u1', load))?.version).toBe(5);
  });

  it('keeps nothing while notifications are not received, and nothing longer than a minute', async () => {
    notifications.listening = false;
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(loads).toBe(2);
    notifications.listening = true;
    await cache.get('u1', load);
    clock.set(new Date(clock.now().getTime() + 59_000));
    await cache.get('u1', load);
    expect(loads).toBe(3);
    clock.set(new Date(clock.now().getTime() + 1_000));
    await cache.get('u1', load);
    expect(loads).toBe(4);
  });

  it('does not keep what is not there', async () => {
    let misses = 0;
    const none = async () => (misses++, null);
    expect(await cache.get('ghost', none)).toBeNull();
    expect(await cache.get('ghost', none)).toBeNull();
    expect(misses).toBe(2);
  });
});

