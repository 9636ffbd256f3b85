import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';

@Module({ providers: [NotificationsResolver] })
export class NotificationsModule {}
