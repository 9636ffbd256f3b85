import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { openNotifications } from '#persistence/notifications.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { NotificationPubSub, PUB_SUB } from './pubsub.js';
import { SubscriptionGate } from './graphql-ws.js';

/** Closes the process's LISTEN connection when the app stops. */
class PubSubShutdown implements OnModuleDestroy {
  constructor(@Inject(PUB_SUB) private readonly pubSub: NotificationPubSub) {}

  onModuleDestroy(): Promise<void> {
    return this.pubSub.close();
  }
}

/**
 * GraphQL subscriptions: the process's `PubSubEngine` (PUB_SUB: LISTEN/NOTIFY on the database, a dedicated
 * connection on a PostgreSQL server, the embedded database's own session otherwise) and the gate of the graphql-ws
 * server (`SubscriptionGate`: token, access, limits, error mapping).
 */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [DataSource, APP_CONFIG],
      useFactory: async (dataSource: DataSource, config: AppConfig) => new NotificationPubSub(await openNotifications(dataSource, config.database.url)),
    },
    PubSubShutdown,
    SubscriptionGate,
  ],
  exports: [PUB_SUB, SubscriptionGate],
})
export class SubscriptionsModule {}
