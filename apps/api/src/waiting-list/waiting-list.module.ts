import { Module } from '@nestjs/common';
import { StatementsService } from './statements.service.js';
import { WaitingListResolver } from './waiting-list.resolver.js';
import { WaitingListService } from './waiting-list.service.js';
import { WaitingListOverviewListsResolver } from './overview-lists.resolver.js';

@Module({
  providers: [WaitingListResolver, WaitingListOverviewListsResolver, WaitingListService, StatementsService],
  exports: [StatementsService, WaitingListService],
})
export class WaitingListModule {}
