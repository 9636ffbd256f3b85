import { Transform } from 'class-transformer';
import { ArrayMaxSize } from 'class-validator';
import { SUPPORTED_LOCALES } from '#matching/messages/locales.js';

/**
 * The most entries the lists of household and round inputs may hold (issue 14: a 10,000-entry list of care needs
 * was stored). One place per concept; the DTOs use these in their rules and in their field descriptions. Lists of a
 * closed vocabulary (care needs, accessibility needs) are bounded by the vocabulary's size where they are declared;
 * the municipality profile's lists keep their bounds in publish-profile.input.ts, which LIST_SIZES (query-limits.ts)
 * repeats for pricing reads.
 */
export const LIST_LIMITS = {
  /** Persons in one household (the largest households placed in the Netherlands have about 15). */
  members: 20,
  /** Ties of one household to municipalities. */
  ties: 20,
  /** Languages of one member. */
  languagesPerMember: 20,
  /** ISCO-08 occupations of one member. */
  professionsPerMember: 10,
  /** What one member wants to do (work, study, …). */
  aspirationsPerMember: 6,
  /** Municipalities taking part in one round: every current municipality (342 in 2026) with room for merged ones. */
  roundMunicipalities: 400,
  /** Households of one round's explicit cohort. */
  cohortHouseholds: 100_000,
  /** Translations of one profile text: one per language newcomers read but Dutch (the original), each at most once. */
  profileTranslations: SUPPORTED_LOCALES.length - 1,
} as const;

/**
 * A list of codes (enum values, ISCO-08 codes, CBS codes, ids): at most `max` entries as sent, else refused as
 * BAD_USER_INPUT naming the field ("must contain no more than N elements"); within that, each code is kept once,
 * in the order first sent, since a code listed twice means nothing more than once. The bound applies to the list
 * as sent, so 10,000 copies of one code are refused rather than shrunk.
 */
export function CodeList(max: number): PropertyDecorator {
  const decorators = [
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) && value.length <= max ? [...new Set(value)] : value)),
    ArrayMaxSize(max),
  ];
  return (target: object, key: string | symbol) => decorators.forEach((d) => d(target, key));
}
