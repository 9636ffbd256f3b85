import { HOUSEHOLD_READ_ACTIONS } from '#matching/vocabulary/audit.js';
import { erasedCaseError } from '../erasure/erased-case.js';
import { Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { ADULT_AGE } from '#matching/vocabulary/index.js';
import { HouseholdRepository } from '#persistence/repositories/household.repository.js';
import { AuditRepository } from '#persistence/repositories/audit.repository.js';
import { CRITERIA } from '#persistence/entities/index.js';
import type { HouseholdChangeKind } from '#matching/vocabulary/index.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import type { HouseholdEntity } from '#persistence/entities/index.js';
import { pageOf, type Page } from '../common/page.args.js';
import { isUuid } from '../common/uuid.js';
import { toCsv } from '#common/csv.js';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldProblems } from '../common/validation.pipe.js';
import { byRowAndColumn, MAX_IMPORT_PROBLEMS, problemAt, readHouseholdCsv, type ImportProblem } from './household-import.js';
import type { HouseholdImport } from './models/household-import.model.js';
import { homeBand } from '#matching/vocabulary/home-bands.js';
import { CSV_CONTENT_TYPE, type CsvFile } from '../common/csv-file.model.js';
import { auditEntry } from '../common/audit-entry.js';
import type { Viewer } from '../auth/viewer.js';
import type { Household, HouseholdChange, HouseholdPage } from './models/household.model.js';
import { fieldChanges, newcomerCorrectionProblems, PREFERENCES_UPDATE_ACTION, PROFILE_CORRECT_ACTION, profileChanges } from './profile-correction.js';
import { toHouseholdModel, toNewHousehold, toNewMembers, toStoredWeights } from './household.mapper.js';
import { planTies, tieAuditState, type PlannedTies } from './tie-evidence.js';
import { memberProblems, unknownProfessions } from './member-problems.js';
import { RegisterHouseholdInput, type CorrectProfileInput, type HouseholdFilterInput, type UpdatePreferencesInput } from './dto/register-household.input.js';

/** Audit action of every tie verification: by `verifyTie`, or by an officer registering or correcting a tie. */
export const TIE_VERIFY_ACTION = 'household.tie_verify';

/** The audit actions `Household.changes` shows, and the kind of change each is. */
const CHANGE_KIND_OF_ACTION: Readonly<Record<string, HouseholdChangeKind>> = {
  [PROFILE_CORRECT_ACTION]: 'profile_corrected',
  [PREFERENCES_UPDATE_ACTION]: 'preferences_updated',
  [TIE_VERIFY_ACTION]: 'tie_verified',
};

/** The columns of the waiting list's CSV (`exportWaitingList`), for programs: stable names, snake_case. */
export const WAITING_LIST_COLUMNS = [
  'case_reference', 'queue_position', 'permit_date', 'urgency', 'reception_location', 'persons', 'home_band', 'ties_verified', 'ties_declared',
] as const;

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly households: HouseholdRepository,
    private readonly isco: IscoRepository,
    private readonly municipalities: MunicipalityRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Registers a household (officers only), audited; its ties are verified by `viewer` (see `planTies`), each verification audited. */
  async register(viewer: Viewer, input: RegisterHouseholdInput, now = new Date()): Promise<Household> {
    await this.requireValid(input, now);
    const planned = planTies(input.ties, [], viewer, now);
    const created = await this.households.create(toNewHousehold(input, planned.ties), (householdId) => [
      // who registered it and when; the household's data stay in the household (no personal data in the trail)
      auditEntry(viewer, 'household.register', householdId, null, { members: input.members.length, ties: input.ties?.length ?? 0 }),
      ...tieAudit(viewer, householdId, planned),
    ]);
    return this.toModel(created, now);
  }

  async get(id: string): Promise<Household> {
    const found = isUuid(id) ? await this.households.findById(id) : null;
    if (!found) throw DomainError.notFound(`household ${id}`);
    return this.toModel(found);
  }

  /** The case reference of each of `ids` that exists, by id (one query). */
  referencesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return this.households.referencesOf(ids);
  }

  async getByReference(reference: string): Promise<Household> {
    const found = await this.households.findByReference(reference);
    if (!found) throw DomainError.notFound(`household ${reference}`);
    return this.toModel(found);
  }

  /**
   * The household's history for officers, newest first: every correction of its profile, change of its preferences
   * and verification of a tie, from the audit trail, with who did it and what changed.
   */
  /** A page of the household's changes, newest first, from its last 500 audit events. */
  async changes(householdId: string, page: Page): Promise<HouseholdChange[]> {
    // reads of the case are not changes: left out in the query, so they never take places of the last 500
    const events = await this.audit.find({ entityType: 'household', entityId: householdId, excludeActions: HOUSEHOLD_READ_ACTIONS }, { offset: 0, limit: 500 });
    const changes = events
      .filter((e): e is typeof e & { action: keyof typeof CHANGE_KIND_OF_ACTION } => e.action in CHANGE_KIND_OF_ACTION)
      .map((e) => ({
        at: e.at,
        kind: CHANGE_KIND_OF_ACTION[e.action],
        actorRole: e.actorRole,
        actorAccountId: e.actorAccountId,
        fields: e.action === TIE_VERIFY_ACTION ? [{ member: null, field: 'tie', before: e.before, after: e.after }] : fieldChanges(e.before, e.after),
      }));
    return pageOf(changes, page);
  }

  /**
   * The waiting list as CSV, what an officer hands to a case system (issue 13): every waiting household in queue
   * order (the priority rule's order, position 1 first) with its case reference, queue position, permit date,
   * urgency, reception location, persons, home band (homes_1_2, homes_3_4, homes_5_plus) and its ties, verified and
   * declared. Only the case reference identifies a household: no names, no needs, no notes. Audited as
   * `waiting_list.export` with the number of rows.
   */
  async exportWaitingList(viewer: Viewer): Promise<CsvFile> {
    const ids = await this.households.waitingInQueueOrder();
    const households = await this.households.findByIds(ids);
    const body = households.map((h, i) => [
      h.reference,
      i + 1,
      h.permitDate,
      h.urgency,
      h.receptionLocation,
      h.members.length,
      homeBand(h.members.length),
      h.ties.filter((tie) => tie.status === 'verified').length,
      h.ties.filter((tie) => tie.status === 'declared').length,
    ]);
    const content = toCsv(WAITING_LIST_COLUMNS, body);
    await this.audit.append(auditEntry(viewer, 'waiting_list.export', 'waiting_list', null, { rows: body.length }));
    return { filename: `waiting-list-${new Date().toISOString().slice(0, 10)}.csv`, contentType: CSV_CONTENT_TYPE, rows: body.length, content };
  }

  /**
   * Households from a CSV file (household-import.ts has the columns), checked row by row with the rules of
   * `register` (the input's validation and `requireValid`), every problem listed by row and column. A dry run stores
   * nothing; otherwise, only when no row has a problem, every household is stored in one transaction (all or none),
   * each audited as `household.register`. The new case references come back in the file's order.
   */
  async importHouseholds(viewer: Viewer, csv: string, dryRun: boolean, now = new Date()): Promise<HouseholdImport> {
    const read = readHouseholdCsv(csv);
    const problems: ImportProblem[] = [...read.problems];
    const valid: RegisterHouseholdInput[] = [];
    for (const household of read.households) {
      // the input as registerHousehold receives it (class-transformer: languages normalised, nested classes), then
      // both its rules: the input's validation and requireValid, each problem once per cell
      const input = plainToInstance(RegisterHouseholdInput, household.input);
      const found = fieldProblems(await validate(input, { whitelist: true, forbidUnknownValues: false }));
      try {
        await this.requireValid(input, now);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
        found.push(...error.fields);
      }
      if (found.length === 0) valid.push(input);
      const seen = new Set(problems.map((p) => `${p.row} ${p.column}`));
      for (const problem of found.map((field) => problemAt(household, field))) {
        const cell = `${problem.row} ${problem.column}`;
        if (!seen.has(cell)) problems.push(problem);
        seen.add(cell);
      }
    }
    problems.sort(byRowAndColumn);
    const outcome = { dryRun, rows: read.rows, households: read.households.length, problems: problems.slice(0, MAX_IMPORT_PROBLEMS), problemCount: problems.length };
    if (dryRun || problems.length > 0) return { ...outcome, stored: false, references: [] };
    const ids = await this.households.createManyAudited(
      valid.map((input) => toNewHousehold(input, [])),
      (created) => created.map((id, i) => auditEntry(viewer, 'household.register', id, null, { members: valid[i].members.length, ties: 0, imported: true })),
    );
    const references = await this.households.referencesOf(ids);
    return { ...outcome, stored: true, references: ids.map((id) => references.get(id) ?? id) };
  }

  async list(filter: HouseholdFilterInput, page: Page): Promise<HouseholdPage> {
    const [total, items] = await Promise.all([this.households.count(filter), this.households.find(filter, page)]);
    const positions = await this.households.queuePositions(items.map((h) => h.id));
    return { total, items: await Promise.all(items.map((h) => this.toModel(h, new Date(), positions))) };
  }

  /**
   * Changes only what `input` names: the preferred setting when given, and each weight given (a weight left out or
   * null keeps its value; send 1 to make a criterion normal again). Audited as `household.preferences_update` with
   * the fields that changed, before and after (nothing is recorded when nothing changed). NOT_FOUND for an unknown id.
   */
  async updatePreferences(viewer: Viewer, id: string, input: UpdatePreferencesInput): Promise<Household> {
    if (!isUuid(id)) throw DomainError.notFound(`household ${id}`);
    const updated = await this.households.updatePreferences(
      id,
      {
        ...(input.preferredSetting ? { preferredSetting: input.preferredSetting } : {}),
        ...(input.preferenceWeights ? { preferenceWeights: toStoredWeights(input.preferenceWeights) } : {}),
      },
      (was, is) => {
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        if (was.preferredSetting !== is.preferredSetting) { before.preferredSetting = was.preferredSetting; after.preferredSetting = is.preferredSetting; }
        for (const c of CRITERIA) {
          if ((was.preferenceWeights[c] ?? 1) !== (is.preferenceWeights[c] ?? 1)) { before[`preferenceWeights.${c}`] = was.preferenceWeights[c] ?? 1; after[`preferenceWeights.${c}`] = is.preferenceWeights[c] ?? 1; }
        }
        return Object.keys(after).length ? [auditEntry(viewer, PREFERENCES_UPDATE_ACTION, id, before, after)] : [];
      },
    );
    if (!updated) throw DomainError.notFound(`household ${id}`);
    if (updated === 'erased') throw erasedCaseError((await this.get(id)).reference);
    return this.toModel(updated);
  }

  /**
   * Replaces members and ties while the household waits; a proposal made on the old profile stays as it is.
   * A newcomer corrects their own data but does not remove what a round needs (`newcomerCorrectionProblems`: members,
   * names, birth years, roles, all professions or languages of a member, a stored gender, education level,
   * aspirations or work experience blanked), BAD_USER_INPUT naming each field.
   * Ties: a newcomer's new or changed tie is declared, an officer's is verified (with a note); a tie sent as it is
   * stored keeps its status (`planTies`). Audited as `household.profile_correct` with what changed (`profileChanges`),
   * which officers read in `Household.changes`.
   */
  async correctProfile(viewer: Viewer, id: string, input: CorrectProfileInput, now = new Date()): Promise<Household> {
    await this.get(id);
    await this.requireValid({ ...input, permitDate: null }, now);
    const members = toNewMembers(input);
    const corrected = await this.households.correctProfile(id, (stored) => {
      // A newcomer corrects, and does not remove what a round needs (newcomerCorrectionProblems); ties: planTies.
      const memberProblems = viewer.role === 'officer' ? [] : newcomerCorrectionProblems(stored, members);
      const planned = planTies(input.ties, stored.ties, viewer, now);
      if (memberProblems.length) throw DomainError.badInput(memberProblems);
      const changes = profileChanges(stored, members, planned.ties);
      const audit = [...tieAudit(viewer, id, planned)];
      if (Object.keys(changes.after).length || Object.keys(changes.before).length) audit.unshift(auditEntry(viewer, PROFILE_CORRECT_ACTION, id, changes.before, changes.after));
      return { members, ties: planned.ties, audit };
    });
    if (!corrected) {
      throw new DomainError('CONFLICT', 'Only a waiting household can be corrected; ask an officer once a proposal has been made');
    }
    return this.get(id);
  }

  /**
   * An officer verifies a tie: status verified, by the officer, now, with the note (trimmed, 1–1000 characters);
   * a verified tie is verified anew (the new note replaces the old). Audited as `household.tie_verify` with the
   * status and note before and after. Any household status: the evidence is a fact about the household, and
   * rounds made before keep the tie as their snapshot holds it. NOT_FOUND for an unknown tie.
   */
  async verifyTie(viewer: Viewer, tieId: string, note: string, now = new Date()): Promise<Household> {
    const verification = { verifiedBy: viewer.accountId, verifiedAt: now, verificationNote: note };
    const verified = await this.households.verifyTie(tieId, verification, (before) =>
      auditEntry(viewer, TIE_VERIFY_ACTION, before.householdId, tieAuditState(before), tieAuditState({ ...before, status: 'verified', verificationNote: note })),
    );
    if (!verified) throw DomainError.notFound(`tie ${tieId}`);
    return this.get(verified.householdId);
  }

  /** Checks what class-validator cannot: rules across fields and codes that must exist in reference data. */
  private async requireValid(input: Pick<RegisterHouseholdInput, 'members' | 'ties'> & { permitDate: string | null }, now: Date): Promise<void> {
    const problems: FieldProblem[] = [];
    const year = now.getUTCFullYear();
    if (!input.members.some((m) => year - m.birthYear >= ADULT_AGE)) {
      problems.push({ field: 'members', message: `a household needs at least one adult (${ADULT_AGE} or older)` });
    }
    // The residence permit is the applicant's: a household without one (e.g. only a CHILD) has no permit to house by.
    if (!input.members.some((m) => m.role === 'applicant')) {
      problems.push({ field: 'members', message: 'a household needs a member with the role APPLICANT (the permit holder)' });
    }
    input.members.forEach((m, i) => problems.push(...memberProblems(m, `members[${i}]`, year, 'lies in the future')));
    problems.push(...duplicateMembersAndTies(input));
    if (input.permitDate && input.permitDate > now.toISOString().slice(0, 10)) {
      problems.push({ field: 'permitDate', message: 'lies in the future' });
    }
    problems.push(...(await unknownProfessions(this.isco, input.members.map((m, i) => ({ field: `members[${i}]`, professions: m.professions })))));
    const unknownMunicipalities = new Set(await this.municipalities.unknownCodes(input.ties.map((t) => t.municipalityCode)));
    input.ties.forEach((tie, i) => {
      if (unknownMunicipalities.has(tie.municipalityCode)) {
        problems.push({ field: `ties[${i}].municipalityCode`, message: `unknown municipality "${tie.municipalityCode}"` });
      }
    });
    if (problems.length) throw DomainError.badInput(problems);
  }

  /**
   * The household as the API returns it, with its `queuePosition` (from `positions` when a list already looked them up,
   * else looked up here), so every operation that returns a household answers it the same.
   */
  private async toModel(entity: HouseholdEntity, now = new Date(), positions?: ReadonlyMap<string, number>): Promise<Household> {
    const [titles, positionOf] = await Promise.all([
      this.isco.findByCodes(entity.members.flatMap((m) => m.professions.map((p) => p.iscoCode))),
      positions ?? this.households.queuePositions([entity.id]),
    ]);
    return { ...toHouseholdModel(entity, new Map(titles.map((o) => [o.code, o])), now), queuePosition: positionOf.get(entity.id) ?? null };
  }
}

/** One `household.tie_verify` event per tie that a registration or correction verified. */
function tieAudit(viewer: Viewer, householdId: string, planned: PlannedTies) {
  return planned.verified.map((v) =>
    auditEntry(viewer, TIE_VERIFY_ACTION, householdId, v.before ? tieAuditState(v.before) : null, tieAuditState(v.after)),
  );
}

/**
 * Members and ties listed twice (issue 14: duplicates were stored), each named by its path, e.g. `members[2]`:
 * - a member with the same name (ignoring case and surrounding spaces) and year of birth as an earlier member; members
 *   without a name are never taken for duplicates (twins may differ in nothing else that is recorded);
 * - a tie of the same kind to the same municipality as an earlier tie (matching reads one per kind and municipality;
 *   two relatives there are one FAMILY tie, described together).
 */
export function duplicateMembersAndTies(input: Pick<RegisterHouseholdInput, 'members' | 'ties'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const members = new Map<string, number>();
  input.members.forEach((m, i) => {
    const name = m.fullName?.trim().toLocaleLowerCase('nl');
    if (!name) return;
    const key = `${name}\u0001${m.birthYear}`;
    const earlier = members.get(key);
    if (earlier === undefined) members.set(key, i);
    else problems.push({ field: `members[${i}]`, message: `repeats members[${earlier}] (the same name and year of birth); list each person once` });
  });
  const ties = new Map<string, number>();
  input.ties.forEach((t, i) => {
    const key = `${t.kind}\u0001${t.municipalityCode}`;
    const earlier = ties.get(key);
    if (earlier === undefined) ties.set(key, i);
    else problems.push({ field: `ties[${i}]`, message: `repeats ties[${earlier}] (the same kind of tie to the same municipality); describe both in one tie` });
  });
  return problems;
}
