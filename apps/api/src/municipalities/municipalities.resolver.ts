import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoader } from '../common/request-batch.js';
import { Municipality } from './models/municipality.model.js';
import { MunicipalityProfile } from './models/municipality-profile.model.js';
import { Capacity } from './models/capacity.model.js';
import { MunicipalitySyncReport } from './models/municipality-sync-report.model.js';
import { MunicipalitiesService } from './municipalities.service.js';
import { PublishProfileInput } from './dto/publish-profile.input.js';
import { SetCapacityInput } from './dto/set-capacity.input.js';
import { MunicipalityFilterInput } from './dto/municipality-filter.input.js';
import { CurrentViewer, Public, Roles } from '../auth/access.decorator.js';
import { Ownership, type Viewer } from '../auth/viewer.js';
import { officersOrOwnMunicipality } from '../auth/field-access.js';

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly service: MunicipalitiesService) {}

  @Public()
  @Query(() => [Municipality], { description: 'Municipalities ordered by CBS code; current ones only unless filter.includeRetired.' })
  municipalities(@Args('filter', { nullable: true, description: 'Optional filters; without, every current municipality' }) filter?: MunicipalityFilterInput): Promise<Municipality[]> {
    return this.service.list(filter ?? {});
  }

  @Public()
  @Query(() => Municipality, { description: 'One municipality by CBS code, retired ones included.' })
  municipality(@Args('code', { description: 'CBS code, e.g. GM0363' }) code: string): Promise<Municipality> {
    return this.service.get(code);
  }

  // What is public (SECURITY.md "What is public", issue 14): the published self-profile, for newcomers and anyone;
  // the profile's history and the capacity figures only for officers and the municipality itself.
  @ResolveField(() => MunicipalityProfile, { nullable: true, description: 'The latest published self-profile (public: newcomers read it).' })
  // A list of municipalities reads their profiles (versions, capacities) in one query per list, and each once per
  // request (issue 14: one query per municipality before).
  async profile(@Parent() municipality: Municipality, @Context() context: object): Promise<MunicipalityProfile | null> {
    return (await batchLoader(context, 'Municipality.profile', (codes: readonly string[]) => this.service.latestProfiles(codes)).load(municipality.code)) ?? null;
  }

  @ResolveField(() => [MunicipalityProfile], {
    description: 'All published versions, newest first. Officers and the municipality itself only (others: FORBIDDEN; without a token: UNAUTHENTICATED).',
    middleware: [officersOrOwnMunicipality],
  })
  async profileVersions(@Parent() municipality: Municipality, @Context() context: object): Promise<MunicipalityProfile[]> {
    return (await batchLoader(context, 'Municipality.profileVersions', (codes: readonly string[]) => this.service.profileVersionsOf(codes)).load(municipality.code)) ?? [];
  }

  @ResolveField(() => Capacity, {
    nullable: true,
    description: 'Capacity for one period, with what is held; null when none is set. Officers and the municipality itself only (others: FORBIDDEN; without a token: UNAUTHENTICATED).',
    middleware: [officersOrOwnMunicipality],
  })
  capacity(@Parent() municipality: Municipality, @Args('period', { description: 'Half-year period, e.g. 2027-H1' }) period: string): Promise<Capacity | null> {
    return this.service.capacity(municipality.code, period);
  }

  @ResolveField(() => [Capacity], {
    description: 'Capacity for every period, with what is held, newest first. Officers and the municipality itself only (others: FORBIDDEN; without a token: UNAUTHENTICATED).',
    middleware: [officersOrOwnMunicipality],
  })
  async capacities(@Parent() municipality: Municipality, @Context() context: object): Promise<Capacity[]> {
    return (await batchLoader(context, 'Municipality.capacities', (codes: readonly string[]) => this.service.capacityHistoriesOf(codes)).load(municipality.code)) ?? [];
  }

  @Roles('municipality')
  @Mutation(() => MunicipalityProfile, { description: 'Publishes a new version of the self-profile.' })
  publishMunicipalityProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('code', { description: 'CBS code of the own municipality' }) code: string,
    @Args('input', { description: 'The new version; free texts in Dutch with optional translations' }) input: PublishProfileInput,
  ): Promise<MunicipalityProfile> {
    Ownership.ownMunicipalityOnly(viewer, code);
    return this.service.publishProfile(code, input);
  }

  @Roles('officer', 'municipality')
  @Mutation(() => Capacity, {
    description:
      'Sets the quota of a municipality for a period (e.g. 2027-H1); officers for any municipality, a municipality for its own. Refused (BAD_USER_INPUT naming the field) when a figure is below what open proposals and placements hold (the message names the resource, the amount held and the amount asked), or when there are fewer person places than the homes need (a home for 1–2 people houses at least 1, 3–4 at least 3, 5 or more at least 5). Unusual but possible figures are stored and returned with `warnings`.',
  })
  setCapacity(
    @CurrentViewer() viewer: Viewer,
    @Args('code', { description: 'CBS code of the municipality, e.g. GM0363' }) code: string,
    @Args('period', { description: 'Half-year period: year, H1 or H2, e.g. 2027-H1' }) period: string,
    @Args('input', { description: 'Person places and homes per size band' }) input: SetCapacityInput,
  ): Promise<Capacity> {
    Ownership.municipality(viewer, code);
    return this.service.setCapacity(code, period, input);
  }

  @Roles('admin')
  @Mutation(() => MunicipalitySyncReport, {
    description:
      'Applies the CBS municipality list of the seed data: adds new codes, retires codes no longer listed (kept for history, with successors), updates changed attributes. One transaction, audited (municipalities.sync), idempotent: a second call reports 0 changes.',
  })
  syncMunicipalities(@CurrentViewer() viewer: Viewer): Promise<MunicipalitySyncReport> {
    return this.service.syncFromSeedData(viewer);
  }
}
