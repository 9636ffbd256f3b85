import type { NewHousehold, NewMember, NewTie } from '#persistence/repositories/household.repository.js';
import type { Criterion, HouseholdEntity, PreferenceWeights } from '#persistence/entities/index.js';
import { CRITERIA } from '#persistence/entities/index.js';
import { homeBand } from '#matching/vocabulary/index.js';
import type { CriterionWeights } from '../common/criterion-weights.model.js';
import { occupationOf, type StoredOccupation } from '../taxonomy/taxonomy.mapper.js';
import type { Household } from './models/household.model.js';
import type {
  CorrectProfileInput,
  HouseholdMemberInput,
  PreferenceWeightsInput,
  RegisterHouseholdInput,
} from './dto/register-household.input.js';

/**
 * A stored household as the API shows it. `occupations`: the stored ISCO-08 occupations of its members'
 * professions by code (a code missing there is shown by its code); ages are counted in `now`'s calendar year.
 * Members are numbered from 1 (`position`). `queuePosition` is null here; the service fills it in.
 */
export function toHouseholdModel(entity: HouseholdEntity, occupations: ReadonlyMap<string, StoredOccupation>, now = new Date()): Household {
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
    splitFromId: entity.splitFromId ?? null,
    mergedIntoId: entity.mergedIntoId ?? null,
    erasure: entity.erasedAt && entity.erasureKind ? { at: entity.erasedAt, kind: entity.erasureKind, reason: entity.erasureReason } : null,
    queuePosition: null,
    // Stored positions count from 0; the API and every text count members from 1 ("person 2").
    members: entity.members.map((m) => ({
      position: m.position + 1,
      fullName: m.fullName,
      birthYear: m.birthYear,
      age: year - m.birthYear,
      role: m.role,
      gender: m.gender,
      educationLevel: m.educationLevel,
      workExperienceYears: m.workExperienceYears,
      aspirations: m.aspirations,
      professions: m.professions.map((p) => occupationOf(p.iscoCode, occupations)),
      languages: m.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
    })),
    ties: entity.ties.map((t) => ({
      id: t.id,
      kind: t.kind,
      municipalityCode: t.municipalityCode,
      description: t.description,
      status: t.status,
      firstDegree: t.firstDegree,
      liveNear: t.liveNear,
      verifiedAt: t.verifiedAt,
      verifiedBy: t.verifiedBy,
      verificationNote: t.verificationNote,
    })),
  };
}

/** A household's weight per criterion: its own where it set one, else 1 (normal). */
function preferenceWeightsWithDefaults(weights: PreferenceWeights): CriterionWeights {
  const weight = (criterion: Criterion) => weights[criterion] ?? 1;
  return {
    labour: weight('labour'),
    setting: weight('setting'),
    network: weight('network'),
    services: weight('services'),
    ties: weight('ties'),
    priorities: weight('priorities'),
  };
}

/** The weights a household set (0–5); criteria it left out are not stored and count as 1. */
export function toStoredWeights(input: PreferenceWeightsInput): PreferenceWeights {
  return Object.fromEntries(CRITERIA.filter((c) => input[c] != null).map((c) => [c, input[c]]));
}

/**
 * A household as registered: its own fields, its members, its ties as `planTies` decided (status and evidence),
 * and the protected traits stored apart.
 */
export function toNewHousehold(input: RegisterHouseholdInput, ties: readonly NewTie[]): NewHousehold {
  return {
    permitDate: input.permitDate,
    receptionLocation: input.receptionLocation,
    preferredSetting: input.preferredSetting,
    preferenceWeights: input.preferenceWeights ? toStoredWeights(input.preferenceWeights) : {},
    careNeeds: input.careNeeds,
    accessibilityNeeds: input.accessibilityNeeds,
    medicalNotes: input.medicalNotes ?? null,
    urgency: input.urgency,
    linkGroup: input.linkGroup ?? null,
    isSynthetic: false,
    members: toNewMembers(input),
    ties,
    protectedTraits: input.protectedTraits
      ? { nationality: input.protectedTraits.nationality ?? null, originRegion: input.protectedTraits.originRegion ?? null }
      : null,
  };
}

/** Members as stored: what registration gives and what `correctHouseholdProfile` replaces (ties: see `planTies`). */
export function toNewMembers(input: Pick<CorrectProfileInput, 'members'>): NewMember[] {
  return input.members.map(toNewMember);
}

/** One member as the repository stores it (languages arrive normalised by the input's transform). */
export function toNewMember(input: HouseholdMemberInput): NewMember {
  return {
    fullName: input.fullName ?? null,
    birthYear: input.birthYear,
    role: input.role,
    gender: input.gender ?? null,
    educationLevel: input.educationLevel ?? null,
    workExperienceYears: input.workExperienceYears,
    aspirations: input.aspirations,
    professions: input.professions,
    languages: input.languages.map((l) => ({ language: l.language, cefr: l.cefr })),
  };
}
