import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { isEmbeddedPool } from './embedded-pool.js';

/**
 * The channel of a run's status, stage and progress (migration RunProgressNotify: a trigger on `run` notifies on
 * `<schema>.run_progress` with JSON `{"runId", "status", "stage", "progress"}`).
 */
export const RUN_PROGRESS_CHANNEL = 'run_progress';

/** PostgreSQL's limit on a NOTIFY payload is 8000 bytes; ours stay far below (a run's progress: about 120 bytes). */
export const MAX_NOTIFY_PAYLOAD_BYTES = 8000;

/**
 * PostgreSQL LISTEN/NOTIFY of one database schema, the same on a PostgreSQL server and on the embedded database.
 * Channels are named without the schema (`run_progress`); the schema is added here, as the triggers do
 * (`TG_TABLE_SCHEMA || '.run_progress'`), so schemas sharing a server stay apart.
 */
export interface DatabaseNotifications {
  /** Calls `onPayload` with every payload notified on `channel` from now on (by any process); resolves once listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Sends `payload` (at most MAX_NOTIFY_PAYLOAD_BYTES bytes) on `channel`; delivered when the sending statement commits. */
  notify(channel: string, payload: string): Promise<void>;
  /** Called after a lost listening connection was re-established: notifications in between may be lost. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

/** The notifications of `dataSource`'s database and schema: a dedicated LISTEN connection on a server, PGlite's own session embedded. */
export async function openNotifications(dataSource: DataSource, url: string | undefined): Promise<DatabaseNotifications> {
  const [{ schema }] = (await dataSource.query('SELECT current_schema() AS schema')) as { schema: string }[];
  const channelOf = (channel: string) => `${schema}.${channel}`;
  const notify = async (channel: string, payload: string): Promise<void> => {
    if (Buffer.byteLength(payload) >= MAX_NOTIFY_PAYLOAD_BYTES) throw new Error(`notification on ${channel} too large (${Buffer.byteLength(payload)} bytes)`);
    await dataSource.query('SELECT pg_notify($1, $2)', [channelOf(channel), payload]);
  };
  if (url) return new ServerNotifications(url, listenerName(schema), channelOf, notify);
  const pool: unknown = (dataSource.driver as { master?: unknown }).master;
  if (!isEmbeddedPool(pool)) throw new Error('the embedded database does not offer LISTEN');
  return {
    listen: (channel, onPayload) => pool.listen(quoted(channelOf(channel)), onPayload),
    notify,
    onReconnect: () => undefined,
    close: async () => undefined,
  };
}

/**
 * The `application_name` of a process's LISTEN connection for `schema` (`pg_stat_activity` shows it): operators see
 * what the long-lived idle connection is, and a test can find its own among other processes' on one server.
 */
export function listenerName(schema: string): string {
  return `matching-listen ${schema}`.slice(0, 63);
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** First wait before reconnecting a lost LISTEN connection, doubled per failed attempt up to RECONNECT_MAX_MS. */
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * LISTEN on a PostgreSQL server through one dedicated `pg` client per process (a pooled connection cannot LISTEN:
 * it is handed to other queries). When the connection is lost it reconnects with backoff (250 ms doubling to 10 s),
 * LISTENs again on every channel and tells `onReconnect` listeners, which re-read what they follow.
 */
class ServerNotifications implements DatabaseNotifications {
  private readonly logger = new Logger('Notifications');
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private readonly reconnectListeners: (() => void)[] = [];
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
    private readonly channelOf: (channel: string) => string,
    readonly notify: (channel: string, payload: string) => Promise<void>,
  ) {}

  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    const name = this.channelOf(channel);
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
      const client = await this.connected();
      await client.query(`LISTEN ${quoted(name)}`);
    }
    set.add(onPayload);
    return async () => {
      set.delete(onPayload);
      if (set.size || this.handlers.get(name) !== set) return;
      this.handlers.delete(name);
      await this.client?.query(`UNLISTEN ${quoted(name)}`).catch(() => undefined);
    };
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, application_name: this.applicationName });
    client.on('notification', (message) => {
      if (message.payload === undefined) return;
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload);
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.closed) return;
      this.logger.warn(`LISTEN connection lost${error ? ` (${error.message.split('\n')[0]})` : ''}; reconnecting`);
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    for (const name of this.handlers.keys()) await client.query(`LISTEN ${quoted(name)}`);
    if (this.closed) {
      await client.end();
      throw new Error('notifications closed');
    }
    this.client = client;
    return client;
  }

  private scheduleReconnect(): void {
    if (this.retryTimer || this.closed) return;
    const wait = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** this.failures);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connected().then(
        () => {
          this.failures = 0;
          this.logger.log('LISTEN connection re-established');
          for (const listener of this.reconnectListeners) listener();
        },
        (error: unknown) => {
          this.failures += 1;
          if (!this.closed) this.logger.warn(`LISTEN reconnect failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
          this.scheduleReconnect();
        },
      );
    }, wait);
    this.retryTimer.unref();
  }
}
