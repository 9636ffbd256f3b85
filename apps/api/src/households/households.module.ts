import { Module } from '@nestjs/common';
import { HouseholdsResolver } from './households.resolver.js';
import { HouseholdsService } from './households.service.js';

@Module({ providers: [HouseholdsResolver, HouseholdsService], exports: [HouseholdsService] })
export class HouseholdsModule {}
