import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Household, HouseholdChange, HouseholdChangeResult, HouseholdPage, SplitHouseholdResult } from './models/household.model.js';
import { MergeHouseholdsInput, RecordHouseholdChangeInput, SplitHouseholdInput } from './dto/household-change.input.js';
import { HouseholdRef } from '../rounds/models/pre-run-check.model.js';
import { HouseholdChangesService } from './household-changes.service.js';
import { ListPageArgs } from '../common/page.args.js';
import { officersOnly } from '../auth/field-access.js';
import { HouseholdsService } from './households.service.js';
import { CurrentViewer, Roles } from '../auth/access.decorator.js';
import { Ownership, type Viewer } from '../auth/viewer.js';
import { CorrectProfileInput, HouseholdFilterInput, HouseholdPageArgs, RegisterHouseholdInput, UpdatePreferencesInput, VerifyTieArgs } from './dto/register-household.input.js';
import { validatedAs } from '../common/validation.pipe.js';
import { CsvFile } from '../common/csv-file.model.js';
import { RateLimit } from '../auth/rate-limit.guard.js';
import { HouseholdImport } from './models/household-import.model.js';
import { ImportHouseholdsArgs } from './dto/import-households.args.js';
import { HouseholdAccessLog } from './access-log.js';
import { batchLoader } from '../common/request-batch.js';

@Resolver(() => Household)
export class HouseholdsResolver {
  constructor(
    private readonly service: HouseholdsService,
    private readonly accessLog: HouseholdAccessLog,
    private readonly compositionChanges: HouseholdChangesService,
  ) {}

  @Roles('officer')
  @Mutation(() => HouseholdChangeResult, {
    description:
      'Records a change of the household after a proposal or a placement (matching/vocabulary/household-changes.ts): a BIRTH or ARRIVAL (a family member arriving later) adds `member`, ' +
      'a DEPARTURE or DEATH takes the member at `position` away (another adult becomes the applicant when the applicant goes). Its lasting proposal follows: ADJUSTED (same home size: it counts the new persons), ' +
      'REVIEW (the home may no longer fit: it waits on an officer, resolveHouseholdChange), TOLD (moved in already) or NONE; the municipality is told, and on REVIEW the officers. ' +
      'Audited (household.composition_change). BAD_USER_INPUT naming the field; NOT_FOUND; CONFLICT for an erased case.',
  })
  recordHouseholdChange(
    @CurrentViewer() viewer: Viewer,
    @Args('householdId', { type: () => ID, description: 'Household.id' }) householdId: string,
    @Args('input', { description: 'What happened, when, and to whom' }) input: RecordHouseholdChangeInput,
  ): Promise<HouseholdChangeResult> {
    return this.compositionChanges.recordChange(viewer, householdId, input);
  }

  @Roles('officer')
  @Mutation(() => SplitHouseholdResult, {
    description:
      'Splits a household in two (e.g. after a divorce), both parts to be housed: the members at `positions` leave for a new WAITING household with the same permit date and urgency ' +
      '(their place in the queue), reception location, preferences and needs, taking the ties `tieIds`; each part gets an applicant (the partner, else the oldest adult). ' +
      'The household’s lasting proposal follows as for a DEPARTURE (ADJUSTED, REVIEW, TOLD or NONE; see recordHouseholdChange). Accounts stay with the household; invite the new one separately. ' +
      'Audited (household.split, on both). BAD_USER_INPUT naming the field; NOT_FOUND; CONFLICT for an erased or withdrawn case or one in a round not published yet.',
  })
  splitHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('householdId', { type: () => ID, description: 'Household.id of the household to split' }) householdId: string,
    @Args('input', { description: 'Who leaves, with which ties, when and why' }) input: SplitHouseholdInput,
  ): Promise<SplitHouseholdResult> {
    return this.compositionChanges.split(viewer, householdId, input);
  }

  @Roles('officer')
  @Mutation(() => HouseholdChangeResult, {
    description:
      'Merges two households that are one family: the members of `mergedHouseholdId` join `householdId`, which keeps the earlier permit date and the more urgent urgency of the two ' +
      '(neither loses its place in the queue), both households’ needs and ties, and gets its newcomer accounts; `mergedHouseholdId` leaves the list (WITHDRAWN, mergedInto). ' +
      'The household’s lasting proposal follows as for an ARRIVAL. Audited (household.merge, on both). BAD_USER_INPUT naming the field; NOT_FOUND; ' +
      'CONFLICT when the merged household has a lasting proposal, or for an erased or withdrawn case or one in a round not published yet.',
  })
  mergeHouseholds(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The two households and why' }) input: MergeHouseholdsInput): Promise<HouseholdChangeResult> {
    return this.compositionChanges.merge(viewer, input);
  }

  @ResolveField(() => HouseholdRef, { nullable: true, description: 'The household this one was split off from (splitHousehold); null otherwise. Officers only', middleware: [officersOnly] })
  splitFrom(@Parent() household: Household, @Context() context: object): Promise<HouseholdRef | null> {
    return this.householdRef(context, household.splitFromId);
  }

  @ResolveField(() => HouseholdRef, { nullable: true, description: 'The household this one was merged into (mergeHouseholds; this one is then WITHDRAWN); null otherwise. Officers only', middleware: [officersOnly] })
  mergedInto(@Parent() household: Household, @Context() context: object): Promise<HouseholdRef | null> {
    return this.householdRef(context, household.mergedIntoId);
  }

  /** The household `id` by id and reference (one query for all of a request's lineage fields), or null. */
  private async householdRef(context: object, id: string | null): Promise<HouseholdRef | null> {
    if (!id) return null;
    const reference = await batchLoader(context, 'Household.lineage', (ids: readonly string[]) => this.service.referencesOf(ids)).load(id);
    return reference ? { id, reference } : null;
  }

  @Roles('officer')
  @Mutation(() => Household, { description: 'Registers a newcomer household; it joins the waiting list. Its ties are verified by the officer (each needs verificationNote).' })
  registerHousehold(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'The household as registered' }) input: RegisterHouseholdInput): Promise<Household> {
    return this.service.register(viewer, input);
  }

  @Roles('officer', 'newcomer')
  @Query(() => Household, { description: 'A household; a newcomer may read only their own. An officer’s read is recorded as a view of the case (household.view).' })
  async household(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, description: 'Household.id' }) id: string): Promise<Household> {
    Ownership.household(viewer, id);
    const household = await this.service.get(id);
    await this.accessLog.record(viewer, 'household.view', [household.id]);
    return household;
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Mutation(() => HouseholdImport, {
    description: 'Registers households from a CSV file, one row per member (columns: apps/api/src/households/household-import.ts and the README). Checks every row with the rules of registerHousehold and lists each problem by row and column; with dryRun (the default) or any problem nothing is stored, otherwise all households are stored at once. Each stored household is audited (household.register).',
  })
  importHouseholds(@CurrentViewer() viewer: Viewer, @Args() args: ImportHouseholdsArgs): Promise<HouseholdImport> {
    return this.service.importHouseholds(viewer, args.csv, args.dryRun);
  }

  @Roles('officer')
  @RateLimit('expensive')
  @Mutation(() => CsvFile, { description: 'The waiting list as CSV for a case system: every waiting household in queue order with its case reference, position, permit date, urgency, reception location, persons, home band and ties (no names, needs or notes). A mutation because it is audited (waiting_list.export).' })
  exportWaitingList(@CurrentViewer() viewer: Viewer): Promise<CsvFile> {
    return this.service.exportWaitingList(viewer);
  }

  @Roles('officer')
  @Query(() => Household, { description: 'A household by its case reference (e.g. HH-000123). Officers only. Recorded as a view of the case (household.view).' })
  async householdByReference(@CurrentViewer() viewer: Viewer, @Args('reference', { description: 'Case reference, e.g. HH-000123' }) reference: string): Promise<Household> {
    const household = await this.service.getByReference(reference);
    await this.accessLog.record(viewer, 'household.view', [household.id]);
    return household;
  }

  // Each officer's showing of medical notes is recorded (household.view_medical), one statement per request level.
  @ResolveField(() => String, { nullable: true, description: 'Medical detail; officers only. Every showing to an officer is recorded in the audit trail (household.view_medical), which the household’s data export lists', middleware: [officersOnly] })
  async medicalNotes(@Parent() household: Household, @CurrentViewer() viewer: Viewer, @Context() context: object): Promise<string | null> {
    if (household.medicalNotes !== null) {
      await batchLoader(context, 'Household.medicalNotes.read', (ids: readonly string[]) => this.accessLog.record(viewer, 'household.view_medical', ids)).load(household.id);
    }
    return household.medicalNotes;
  }

  @Roles('officer')
  @Query(() => HouseholdPage, {
    description:
      'Households in queue order: the waiting ones first, in the order of the priority rule (urgency, then permit date, then case reference), ' +
      'each with its queuePosition in the whole waiting list; then those no longer waiting, by the same rule. Officers only.',
  })
  households(
    @Args('filter', { type: () => HouseholdFilterInput, nullable: true, description: 'Which households to list; all when left out' }, validatedAs(HouseholdFilterInput)) filter: HouseholdFilterInput | undefined,
    @Args() page: HouseholdPageArgs,
  ): Promise<HouseholdPage> {
    return this.service.list(filter ?? {}, { offset: page.offset, limit: page.limit });
  }

  @Roles('officer', 'newcomer')
  @Mutation(() => Household, {
    description:
      'Corrects members (professions, languages, education…) and ties while the household waits; the input replaces the stored lists. ' +
      'A newcomer corrects their own data but does not remove what a round needs: they keep every member in order (they may add one ' +
      'after the others, not remove one), may correct but not remove a name, may not change a birth year or role, and may change but ' +
      'not remove all of a member\'s professions or languages, and may correct but not blank a stored gender, education level, ' +
      'aspirations (not all removed) or years of work experience (not back to 0, what leaving it out gives) (BAD_USER_INPUT naming each field, ' +
      'e.g. members[0].educationLevel); an officer may clear them. A new or changed tie is DECLARED ' +
      'when a newcomer sends it, VERIFIED when an officer does (with verificationNote); a tie sent as stored keeps its status. ' +
      'Every change is audited with what changed, shown to officers in Household.changes.',
  })
  correctHouseholdProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'Household.id' }) id: string,
    @Args('input', { description: 'The corrected members and ties (they replace the stored ones)' }) input: CorrectProfileInput,
  ): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.correctProfile(viewer, id, input);
  }

  @Roles('officer', 'newcomer')
  @Mutation(() => Household, {
    description:
      'Changes the preferred setting and criterion weights between rounds. Changes only what it names: a weight left out (or null) keeps its value; ' +
      'send 1 to make a criterion normal again. A newcomer changes their own household; audited (Household.changes).',
  })
  updateHouseholdPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, description: 'Household.id' }) id: string,
    @Args('input', { description: 'What to change; what it leaves out stays as it is' }) input: UpdatePreferencesInput,
  ): Promise<Household> {
    Ownership.household(viewer, id);
    return this.service.updatePreferences(viewer, id, input);
  }

  @ResolveField(() => [HouseholdChange], {
    description:
      'The household\'s history, newest first: profile corrections (members, ties), preference updates and tie verifications, each with who made it, ' +
      'when, and what changed field by field (from the audit trail; the last 500 events), a page at a time (all of them when not paged). Officers only.',
    middleware: [officersOnly],
  })
  changes(@Parent() household: Household, @Args() page: ListPageArgs): Promise<HouseholdChange[]> {
    return this.service.changes(household.id, page);
  }

  @Roles('officer')
  @Mutation(() => Household, {
    description:
      'Verifies a tie after seeing its evidence (a contract, an enrolment, a family record): it becomes VERIFIED, and a verified job ' +
      'contract, study place or first-degree family tie to live near becomes a hard tie in later rounds. Audited. Returns the household.',
  })
  verifyTie(@CurrentViewer() viewer: Viewer, @Args() args: VerifyTieArgs): Promise<Household> {
    return this.service.verifyTie(viewer, args.tieId, args.note);
  }
}
