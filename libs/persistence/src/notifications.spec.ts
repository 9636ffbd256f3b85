import pg from 'pg';
import { openTestDatabase } from './testing/test-database.js';
import { listenerName, openNotifications, type DatabaseNotifications } from './notifications.js';

/** Waits until `done()` holds (checked every 20 ms; fails after 10 s). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out');
}

describe('database notifications (LISTEN/NOTIFY)', () => {
  it('delivers a notification of the same database and schema to a listener, not to one of another channel', async () => {
    const database = await openTestDatabase();
    const notifications = await openNotifications(database.dataSource, process.env.DATABASE_URL);
    try {
      const other: string[] = [];
      const stopOther = await notifications.listen('other_channel', (p) => other.push(p));
      const received: string[] = [];
      const stop = await notifications.listen('test_channel', (p) => received.push(p));
      await notifications.notify('test_channel', '{"n":1}');
      await until(() => received.length > 0);
      expect(received).toEqual(['{"n":1}']);
      expect(other).toEqual([]);
      // stopped: nothing more arrives (the other channel's listener, still on, shows that notifications still flow)
      await stop();
      await notifications.notify('test_channel', '{"n":2}');
      await notifications.notify('other_channel', 'last');
      await until(() => other.length > 0);
      expect(received).toEqual(['{"n":1}']);
      expect(other).toEqual(['last']);
      await stopOther();
      await expect(notifications.notify('test_channel', 'x'.repeat(8000))).rejects.toThrow(/too large/);
    } finally {
      await notifications.close();
      await database.close();
    }
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip;
  onServer('reconnects a lost LISTEN connection, listens again and tells its listeners (PostgreSQL server)', async () => {
    const database = await openTestDatabase();
    const url = process.env.DATABASE_URL!;
    const notifications = await openNotifications(database.dataSource, url);
    try {
      const reconnected = new Promise<void>((resolve) => notifications.onReconnect(resolve));
      const payloads: string[] = [];
      await notifications.listen('test_channel', (p) => payloads.push(p));
      const [{ schema }] = (await database.dataSource.query('SELECT current_schema() AS schema')) as { schema: string }[];
      // the server drops the listening connection (a restart, a proxy, an operator)
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const killed = await admin.query('SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1', [listenerName(schema)]);
        expect(killed.rows).toEqual([{ done: true }]);
      } finally {
        await admin.end();
      }
      await reconnected;
      await notifications.notify('test_channel', 'after');
      await until(() => payloads.includes('after'));
      expect(payloads).toEqual(['after']);
    } finally {
      await notifications.close();
      await database.close();
    }
  });
});
