import { Module } from '@nestjs/common';
import { StatementsService } from './statements.service.js';
import { WaitingListResolver } from './waiting-list.resolver.js';
import { WaitingListService } from './waiting-list.service.js';

@Module({ providers: [WaitingListResolver, WaitingListService, StatementsService], exports: [StatementsService, WaitingListService] })
export class WaitingListModule {}
