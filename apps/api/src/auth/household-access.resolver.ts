import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Household } from '../households/models/household.model.js';
import { officersOnly } from './field-access.js';
import { AccessCodeService } from './access-codes.service.js';
import { HouseholdAppAccess } from './models/access-code.model.js';

/** What an officer sees on a household's page about its way into the app (issue 16, "Getting in"). */
@Resolver(() => Household)
export class HouseholdAccessResolver {
  constructor(private readonly codes: AccessCodeService) {}

  @ResolveField(() => HouseholdAppAccess, {
    description: 'Whether the household can get into the app: the addresses its accounts sign in with, and its letter that still works. Officers only.',
    middleware: [officersOnly],
  })
  appAccess(@Parent() household: Household): Promise<HouseholdAppAccess> {
    return this.codes.householdAccess(household.id);
  }
}
