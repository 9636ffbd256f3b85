import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoader } from '../common/request-batch.js';
import { AuthService } from './auth.service.js';
import { Account } from './models/session.model.js';

/** What an account shows beyond its row (the account lists are the admin's; `me` is each user's own). */
@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly auth: AuthService) {}

  // A page of accounts reads its households' references with one query (request-batch.ts).
  @ResolveField(() => String, { nullable: true, description: 'Case reference (e.g. HH-000123) of the household a newcomer account belongs to; null for other roles or a household that no longer exists' })
  async householdReference(@Parent() account: Account, @Context() context: object): Promise<string | null> {
    if (account.householdId === null) return null;
    return (await batchLoader(context, 'Account.householdReference', (ids: readonly string[]) => this.auth.householdReferences(ids)).load(account.householdId)) ?? null;
  }
}
