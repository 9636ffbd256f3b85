import { Module } from '@nestjs/common';
import { HouseholdsResolver } from './households.resolver.js';
import { HouseholdsService } from './households.service.js';
import { HouseholdAccessLog } from './access-log.js';
import { HouseholdChangesService } from './household-changes.service.js';

@Module({ providers: [HouseholdsResolver, HouseholdsService, HouseholdAccessLog, HouseholdChangesService], exports: [HouseholdsService] })
export class HouseholdsModule {}
