/** Household members: the age rule every layer uses (registration checks, projection, views). */

/**
 * A member's role in the household: `applicant` (the holder of the residence permit the household is housed by; one
 * per household), `partner` (at most one), `child`, `relative` (anyone else who lives with them).
 */
export const MEMBER_ROLES = ['applicant', 'partner', 'child', 'relative'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Age from which a member counts as an adult (Dutch age of majority, Burgerlijk Wetboek 1:233). */
export const ADULT_AGE = 18;

/**
 * Kinds of change in a household's history (`Household.changes`, read by officers from the audit trail): its
 * profile corrected (members, ties), its preferences updated (setting, weights), a tie verified by an officer.
 */
export const HOUSEHOLD_CHANGE_KINDS = ['profile_corrected', 'preferences_updated', 'tie_verified'] as const;
export type HouseholdChangeKind = (typeof HOUSEHOLD_CHANGE_KINDS)[number];
