import { Module } from '@nestjs/common';
import { IscoOccupationResolver, TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({ providers: [TaxonomyResolver, IscoOccupationResolver, TaxonomyService], exports: [TaxonomyService] })
export class TaxonomyModule {}
