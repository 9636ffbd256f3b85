import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationRepository } from '#persistence/repositories/notification.repository.js';
import type { NotificationEntity } from '#persistence/entities/notification.entity.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { ListPageArgs } from '../common/page.args.js';
import { Notification } from './notification.model.js';

function toNotification(n: NotificationEntity): Notification {
  return {
    id: n.id,
    kind: n.kind,
    proposalId: n.proposalId,
    outcome: n.params.outcome ?? null,
    respondBy: n.params.respondBy ?? null,
    count: n.params.count ?? null,
    change: n.params.change ?? null,
    persons: n.params.persons ?? null,
    review: n.params.review ?? null,
    fromPosition: n.params.fromPosition ?? null,
    toPosition: n.params.toPosition ?? null,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

/**
 * The signed-in account's messages (issue 16, "Being told"): listed newest first, counted (the unread count the
 * site's navigation shows), marked read. Every account reads only its own; admins have none (they are told of
 * nothing yet) but may ask.
 */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationRepository) {}

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Query(() => [Notification], { description: 'My notifications, newest first, a page at a time (every role; only my own).' })
  async myNotifications(@CurrentViewer() viewer: Viewer, @Args() page: ListPageArgs): Promise<Notification[]> {
    return (await this.notifications.list(viewer.accountId, page)).map(toNotification);
  }

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Query(() => Int, { description: 'How many notifications I have: unread ones only (default), or all (the length of myNotifications unpaged).' })
  myNotificationCount(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: true, description: 'Count only those not yet marked read' }) unreadOnly: boolean,
  ): Promise<number> {
    return this.notifications.count(viewer.accountId, unreadOnly);
  }

  @Roles('admin', 'officer', 'municipality', 'newcomer')
  @Mutation(() => Int, { description: 'Marks my notifications read: those with these ids (another account’s ids change nothing), or all when none are given. Answers how many changed.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true, description: 'The notifications to mark read; all unread ones when left out' }) ids: string[] | null,
  ): Promise<number> {
    return this.notifications.markRead(viewer.accountId, ids ?? null);
  }
}
