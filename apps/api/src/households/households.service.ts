import { Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { ADULT_AGE, homeBand } from '#matching/vocabulary/index.js';
import { HouseholdRepository, type NewHousehold } from '#persistence/repositories/household.repository.js';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { CRITERIA, type HouseholdEntity, type PreferenceWeights as StoredWeights } from '#persistence/entities/index.js';
import { toOccupation } from '../taxonomy/taxonomy.service.js';
import type { Household, HouseholdPage } from './models/household.model.js';
import type { CriterionWeights } from '../common/criterion-weights.model.js';
import type {
  CorrectProfileInput,
  HouseholdFilterInput,
  PreferenceWeightsInput,
  RegisterHouseholdInput,
  UpdatePreferencesInput,
} from './dto/register-household.input.js';

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly households: HouseholdRepository,
    private readonly isco: IscoRepository,
    private readonly municipalities: MunicipalityRepository,
  ) {}

  async register(input: RegisterHouseholdInput, now = new Date()): Promise<Household> {
    await this.requireValid(input, now);
    const created = await this.households.create(toNewHousehold(input));
    return this.toModel(created, now);
  }

  async get(id: string): Promise<Household> {
    const found = isUuid(id) ? await this.households.findById(id) : null;
    if (!found) throw DomainError.notFound(`household ${id}`);
    return this.toModel(found);
  }

  async getByReference(reference: string): Promise<Household> {
    const found = await this.households.findByReference(reference);
    if (!found) throw DomainError.notFound(`household ${reference}`);
    return this.toModel(found);
  }

  async list(filter: HouseholdFilterInput, offset: number, limit: number): Promise<HouseholdPage> {
    if (offset < 0) throw DomainError.badInput([{ field: 'offset', message: 'must not be negative' }]);
    if (limit < 1 || limit > 500) throw DomainError.badInput([{ field: 'limit', message: 'must be between 1 and 500' }]);
    const storedFilter = { ...filter, status: filter.status as HouseholdEntity['status'] | undefined };
    const [total, items] = await Promise.all([
      this.households.count(storedFilter),
      this.households.find(storedFilter, { offset, limit }),
    ]);
    return { total, items: await Promise.all(items.map((h) => this.toModel(h))) };
  }

  async updatePreferences(id: string, input: UpdatePreferencesInput): Promise<Household> {
    await this.get(id);
    const updated = await this.households.updatePreferences(id, {
      ...(input.preferredSetting ? { preferredSetting: input.preferredSetting as NewHousehold['preferredSetting'] } : {}),
      ...(input.preferenceWeights ? { preferenceWeights: storedWeights(input.preferenceWeights) } : {}),
    });
    return this.toModel(updated!);
  }

  /** Replaces members and ties while the household waits; a proposal made on the old profile stays as it is. */
  async correctProfile(id: string, input: CorrectProfileInput, now = new Date()): Promise<Household> {
    await this.get(id);
    await this.requireValid({ ...input, permitDate: null }, now);
    const converted = toNewHousehold({ ...input, permitDate: '', receptionLocation: '', preferredSetting: 'no_preference', careNeeds: [], accessibilityNeeds: [], urgency: 'none' } as RegisterHouseholdInput);
    if (!(await this.households.correctProfile(id, converted.members, converted.ties))) {
      throw new DomainError('CONFLICT', 'Only a waiting household can be corrected; ask an officer once a proposal has been made');
    }
    return this.get(id);
  }

  /** Checks what class-validator cannot: rules across fields and codes that must exist in reference data. */
  private async requireValid(input: Pick<RegisterHouseholdInput, 'members' | 'ties'> & { permitDate: string | null }, now: Date): Promise<void> {
    const problems: FieldProblem[] = [];
    const year = now.getUTCFullYear();
    if (!input.members.some((m) => year - m.birthYear >= ADULT_AGE)) {
      problems.push({ field: 'members', message: `a household needs at least one adult (${ADULT_AGE} or older)` });
    }
    input.members.forEach((m, i) => {
      if (m.birthYear > year) problems.push({ field: `members[${i}].birthYear`, message: 'lies in the future' });
      // Languages arrive normalised (LanguageCode), so two spellings of one language count as the same.
      const languages = m.languages.map((l) => l.language);
      if (new Set(languages).size !== languages.length) {
        problems.push({ field: `members[${i}].languages`, message: 'lists a language twice' });
      }
      if (new Set(m.professions).size !== m.professions.length) {
        problems.push({ field: `members[${i}].professions`, message: 'lists a profession twice' });
      }
    });
    if (input.permitDate && input.permitDate > now.toISOString().slice(0, 10)) {
      problems.push({ field: 'permitDate', message: 'lies in the future' });
    }
    const professions = input.members.flatMap((m, i) => m.professions.map((code, j) => ({ code, field: `members[${i}].professions[${j}]` })));
    const unknownIsco = new Set(await this.isco.unknownCodes(professions.map((p) => p.code)));
    for (const p of professions) {
      if (unknownIsco.has(p.code)) problems.push({ field: p.field, message: `unknown ISCO-08 code "${p.code}"` });
    }
    const unknownMunicipalities = new Set(await this.municipalities.unknownCodes(input.ties.map((t) => t.municipalityCode)));
    input.ties.forEach((tie, i) => {
      if (unknownMunicipalities.has(tie.municipalityCode)) {
        problems.push({ field: `ties[${i}].municipalityCode`, message: `unknown municipality "${tie.municipalityCode}"` });
      }
    });
    if (problems.length) throw DomainError.badInput(problems);
  }

  private async toModel(entity: HouseholdEntity, now = new Date()): Promise<Household> {
    const titles = new Map(
      (await this.isco.findByCodes(entity.members.flatMap((m) => m.professions.map((p) => p.iscoCode)))).map((o) => [o.code, o]),
    );
    return toHouseholdModel(entity, titles, now);
  }
}

export function toHouseholdModel(
  entity: HouseholdEntity,
  occupations: ReadonlyMap<string, { code: string; level: number; title: string; parentCode: string | null }>,
  now = new Date(),
): Household {
  const year = now.getUTCFullYear();
  return {
    id: entity.id,
    reference: entity.reference,
    status: entity.status,
    permitDate: entity.permitDate,
    receptionLocation: entity.receptionLocation,
    preferredSetting: entity.preferredSetting,
    preferenceWeights: preferenceWeightsWithDefaults(entity.preferenceWeights),
    careNeeds: entity.careNeeds,
    accessibilityNeeds: entity.accessibilityNeeds,
    medicalNotes: entity.medicalNotes,
    urgency: entity.urgency,
    linkGroup: entity.linkGroup,
    size: entity.members.length,
    homeBand: homeBand(entity.members.length),
    isSynthetic: entity.isSynthetic,
    members: entity.members.map((m) => ({
      position: m.position,
      fullName: m.fullName,
      birthYear: m.birthYear,
      age: year - m.birthYear,
      role: m.role,
      gender: m.gender,
      educationLevel: m.educationLevel,
      workExperienceYears: m.workExperienceYears,
      aspirations: m.aspirations,
      professions: m.professions.map((p) => toOccupation(occupations.get(p.iscoCode) ?? { code: p.iscoCode, level: p.iscoCode.length, title: p.iscoCode, parentCode: null })),
      languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
    })),
    ties: entity.ties.map((t) => ({ kind: t.kind, municipalityCode: t.municipalityCode, description: t.description })),
  };
}

/** Unset weights count as 1 (normal). */
export function preferenceWeightsWithDefaults(weights: StoredWeights): CriterionWeights {
  return Object.fromEntries(CRITERIA.map((c) => [c, weights[c] ?? 1])) as unknown as CriterionWeights;
}

function storedWeights(input: PreferenceWeightsInput): StoredWeights {
  return Object.fromEntries(CRITERIA.filter((c) => input[c] != null).map((c) => [c, input[c]])) as StoredWeights;
}

function toNewHousehold(input: RegisterHouseholdInput): NewHousehold {
  return {
    permitDate: input.permitDate,
    receptionLocation: input.receptionLocation,
    preferredSetting: input.preferredSetting as NewHousehold['preferredSetting'],
    preferenceWeights: input.preferenceWeights ? storedWeights(input.preferenceWeights) : {},
    careNeeds: input.careNeeds as NewHousehold['careNeeds'],
    accessibilityNeeds: input.accessibilityNeeds as NewHousehold['accessibilityNeeds'],
    medicalNotes: input.medicalNotes ?? null,
    urgency: input.urgency as NewHousehold['urgency'],
    linkGroup: input.linkGroup ?? null,
    isSynthetic: false,
    members: input.members.map((m) => ({
      fullName: m.fullName ?? null,
      birthYear: m.birthYear,
      role: m.role as NewHousehold['members'][number]['role'],
      gender: (m.gender ?? null) as NewHousehold['members'][number]['gender'],
      educationLevel: m.educationLevel ?? null,
      workExperienceYears: m.workExperienceYears,
      aspirations: m.aspirations as NewHousehold['members'][number]['aspirations'],
      professions: m.professions,
      languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr as 'A1' })),
    })),
    ties: input.ties.map((t) => ({
      kind: t.kind as NewHousehold['ties'][number]['kind'],
      municipalityCode: t.municipalityCode,
      description: t.description ?? null,
    })),
    protectedTraits: input.protectedTraits
      ? { nationality: input.protectedTraits.nationality ?? null, originRegion: input.protectedTraits.originRegion ?? null }
      : null,
  };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
