import { PubSubEngine } from 'graphql-subscriptions';
import type { DatabaseNotifications } from '#persistence/notifications.js';

/** The injection token of the one `PubSubEngine` of a process (`NotificationPubSub`). */
export const PUB_SUB = Symbol('PUB_SUB');

/**
 * A message a `NotificationPubSub` subscriber receives besides the published payloads: the listening connection was
 * lost and re-established, so notifications in between may be lost; re-read what you follow.
 */
export const RESYNC = Object.freeze({ resync: true as const });
export type Resync = typeof RESYNC;

/**
 * graphql-subscriptions' `PubSubEngine` over PostgreSQL LISTEN/NOTIFY (`DatabaseNotifications`), so a message
 * published or notified in one process reaches the subscribers of every process on the same database (and schema).
 * A trigger name is a notification channel; payloads are JSON, at most 8000 bytes (`MAX_NOTIFY_PAYLOAD_BYTES`):
 * publish ids and figures, never records. Database triggers may notify on the same channels (migration
 * RunProgressNotify): that is how run progress reaches subscribers whichever process wrote it.
 * One LISTEN per channel however many subscribers; the process fans out in memory. On the embedded database the
 * notifications stay inside its one in-memory session: the same code, one process.
 */
export class NotificationPubSub extends PubSubEngine {
  private readonly subscriptions = new Map<number, { readonly channel: string; readonly handler: (message: unknown) => void }>();
  private readonly channels = new Map<string, { readonly handlers: Set<(message: unknown) => void>; readonly stop: Promise<() => Promise<void>> }>();
  private nextId = 0;

  constructor(private readonly notifications: DatabaseNotifications) {
    super();
    notifications.onReconnect(() => {
      for (const { handlers } of this.channels.values()) for (const handler of handlers) handler(RESYNC);
    });
  }

  /** Sends `payload` as JSON to every subscriber of `triggerName` in every process. */
  async publish(triggerName: string, payload: unknown): Promise<void> {
    await this.notifications.notify(triggerName, JSON.stringify(payload));
  }

  /**
   * Calls `onMessage` with each payload (parsed JSON) on `triggerName`, and with `RESYNC` after a reconnection;
   * resolves once the process LISTENs on the channel, so nothing notified after that is missed.
   */
  async subscribe(triggerName: string, onMessage: (message: unknown) => void): Promise<number> {
    const id = (this.nextId += 1);
    let channel = this.channels.get(triggerName);
    if (!channel) {
      const handlers = new Set<(message: unknown) => void>();
      const stop = this.notifications.listen(triggerName, (payload) => {
        let message: unknown;
        try {
          message = JSON.parse(payload);
        } catch {
          return;
        }
        for (const handler of handlers) handler(message);
      });
      channel = { handlers, stop };
      this.channels.set(triggerName, channel);
      stop.catch(() => {
        if (this.channels.get(triggerName) === channel) this.channels.delete(triggerName);
      });
    }
    channel.handlers.add(onMessage);
    this.subscriptions.set(id, { channel: triggerName, handler: onMessage });
    try {
      await channel.stop;
    } catch (error) {
      this.subscriptions.delete(id);
      throw error;
    }
    return id;
  }

  unsubscribe(subId: number): void {
    const subscription = this.subscriptions.get(subId);
    if (!subscription) return;
    this.subscriptions.delete(subId);
    const channel = this.channels.get(subscription.channel);
    if (!channel) return;
    channel.handlers.delete(subscription.handler);
    if (channel.handlers.size === 0) {
      this.channels.delete(subscription.channel);
      void channel.stop.then((stop) => stop()).catch(() => undefined);
    }
  }

  /** Stops listening (the process is shutting down). */
  close(): Promise<void> {
    this.channels.clear();
    this.subscriptions.clear();
    return this.notifications.close();
  }
}
