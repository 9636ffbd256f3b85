import { Module } from '@nestjs/common';
import { RoundsResolver, RunsResolver } from './rounds.resolver.js';
import { RoundsService } from './rounds.service.js';
import { FairnessGroupResolver, FairnessReportResolver, FairnessSuppressedResolver } from './fairness.resolver.js';
import { PreRunCheckListsResolver, RunComparisonListsResolver } from './paged-lists.resolver.js';
import { MovedHouseholdResolver } from './moved-household.resolver.js';
import { RunProgressResolver } from './run-progress.resolver.js';
import { RunProgressService } from './run-progress.service.js';
import { WaitingListModule } from '../waiting-list/waiting-list.module.js';

@Module({
  imports: [WaitingListModule],
  providers: [RoundsResolver, RunsResolver, RunComparisonListsResolver, MovedHouseholdResolver, PreRunCheckListsResolver, FairnessReportResolver, FairnessGroupResolver, FairnessSuppressedResolver, RoundsService, RunProgressService, RunProgressResolver],
  exports: [RoundsService],
})
export class RoundsModule {}
