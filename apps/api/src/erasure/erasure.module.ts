import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module.js';
import { ErasureResolver } from './erasure.resolver.js';
import { ErasureService } from './erasure.service.js';

/** Retention and erasure of personal data (issue 16): the scheduled pass and the officer's erasure on request. */
@Module({ imports: [HouseholdsModule], providers: [ErasureService, ErasureResolver], exports: [ErasureService] })
export class ErasureModule {}
