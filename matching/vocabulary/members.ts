/** Household members: the age rule every layer uses (registration checks, projection, views). */

/** Age from which a member counts as an adult (Dutch age of majority, Burgerlijk Wetboek 1:233). */
export const ADULT_AGE = 18;
