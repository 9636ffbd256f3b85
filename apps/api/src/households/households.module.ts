import { Module } from '@nestjs/common';
import { HouseholdsResolver } from './households.resolver.js';
import { HouseholdsService } from './households.service.js';
import { HouseholdAccessLog } from './access-log.js';

@Module({ providers: [HouseholdsResolver, HouseholdsService, HouseholdAccessLog], exports: [HouseholdsService] })
export class HouseholdsModule {}
