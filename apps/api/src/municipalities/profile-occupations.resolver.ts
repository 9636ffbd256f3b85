import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IscoOccupation } from '../taxonomy/models/isco-occupation.model.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { LabourMarket, Priorities } from './models/municipality-profile.model.js';

/** A profile's shortage occupations with their titles (issue 11: profiles showed bare ISCO-08 codes). */
@Resolver(() => LabourMarket)
export class LabourMarketResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => [IscoOccupation], {
    description:
      'The shortage occupations as ISCO-08 groups with their official titles (`title(locale)`), in the order of `shortageOccupations`. Readable by anyone who may read the profile.',
  })
  shortageOccupationGroups(@Parent() labourMarket: LabourMarket): Promise<IscoOccupation[]> {
    return this.taxonomy.occupationsOf(labourMarket.shortageOccupations);
  }
}

/** A profile's wanted occupations with their titles. */
@Resolver(() => Priorities)
export class PrioritiesResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => [IscoOccupation], {
    description:
      'The occupations the municipality wants most as ISCO-08 groups with their official titles (`title(locale)`), in the order of `wantedOccupations`. Readable by anyone who may read the profile.',
  })
  wantedOccupationGroups(@Parent() priorities: Priorities): Promise<IscoOccupation[]> {
    return this.taxonomy.occupationsOf(priorities.wantedOccupations);
  }
}
