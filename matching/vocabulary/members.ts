/** Household members: the age rule every layer uses (registration checks, projection, views). */

/** Age from which a member counts as an adult (Dutch age of majority, Burgerlijk Wetboek 1:233). */
export const ADULT_AGE = 18;

/**
 * Kinds of change in a household's history (`Household.changes`, read by officers from the audit trail): its
 * profile corrected (members, ties), its preferences updated (setting, weights), a tie verified by an officer.
 */
export const HOUSEHOLD_CHANGE_KINDS = ['profile_corrected', 'preferences_updated', 'tie_verified'] as const;
export type HouseholdChangeKind = (typeof HOUSEHOLD_CHANGE_KINDS)[number];
