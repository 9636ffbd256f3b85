import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CEFR, ISCED } from '#common/taxonomy.js';
import { IscoOccupation } from './models/isco-occupation.model.js';
import { CefrLevelInfo, IscedLevelInfo } from './models/taxonomy-level.model.js';
import { TaxonomyService } from './taxonomy.service.js';
import { Public } from '../auth/access.decorator.js';

@Resolver()
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [IscoOccupation], { description: 'Search ISCO-08 occupations by code prefix or title.' })
  occupations(
    @Args('search', { defaultValue: '' }) search: string,
    @Args('level', { type: () => Int, nullable: true }) level: number | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<IscoOccupation[]> {
    return this.taxonomy.searchOccupations(search, level ?? undefined, limit);
  }

  @Public()
  @Query(() => IscoOccupation)
  occupation(@Args('code') code: string): Promise<IscoOccupation> {
    return this.taxonomy.occupation(code);
  }

  @Public()
  @Query(() => [CefrLevelInfo])
  cefrLevels(): CefrLevelInfo[] {
    return CEFR.map((level) => ({ ...level }));
  }

  @Public()
  @Query(() => [IscedLevelInfo])
  iscedLevels(): IscedLevelInfo[] {
    return ISCED.map((level) => ({ ...level }));
  }
}
