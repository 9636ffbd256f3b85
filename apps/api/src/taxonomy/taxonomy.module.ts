import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({ providers: [TaxonomyResolver, TaxonomyService], exports: [TaxonomyService] })
export class TaxonomyModule {}
