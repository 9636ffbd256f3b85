import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalitiesService } from './municipalities.service.js';
import { LabourMarketResolver, MunicipalityProfileTextResolver, PrioritiesResolver } from './profile-fields.resolver.js';

@Module({
  imports: [TaxonomyModule],
  providers: [MunicipalitiesResolver, MunicipalitiesService, MunicipalityProfileTextResolver, LabourMarketResolver, PrioritiesResolver],
  exports: [MunicipalitiesService],
})
export class MunicipalitiesModule {}
