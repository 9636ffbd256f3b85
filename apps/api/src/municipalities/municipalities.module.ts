import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalitiesService } from './municipalities.service.js';
import { LabourMarketResolver, PrioritiesResolver } from './profile-occupations.resolver.js';

@Module({
  imports: [TaxonomyModule],
  providers: [MunicipalitiesResolver, MunicipalitiesService, LabourMarketResolver, PrioritiesResolver],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
