import { Module } from '@nestjs/common';
import { StatementsService } from './statements.service.js';
import { WaitingListResolver } from './waiting-list.resolver.js';
import { WaitingListService } from './waiting-list.service.js';
import { WaitingListOverviewListsResolver } from './overview-lists.resolver.js';
import { WaitingReadModel } from './waiting-read-model.js';

@Module({
  providers: [WaitingListResolver, WaitingListOverviewListsResolver, WaitingListService, WaitingReadModel, StatementsService],
  exports: [StatementsService, WaitingListService, WaitingReadModel],
})
export class WaitingListModule {}
