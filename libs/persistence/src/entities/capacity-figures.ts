import { Column } from 'typeorm';

/**
 * The CHECK both capacity tables carry: no figure is negative. `capacity.persons` etc. are a municipality's quota for
 * a period; `round_capacity`'s the part of it a round may use.
 */
export const CAPACITY_FIGURES_NONNEGATIVE = `"persons" >= 0 AND "homes_1_2" >= 0 AND "homes_3_4" >= 0 AND "homes_5_plus" >= 0`;

/** Any class, abstract or not: what {@link withCapacityFigures} extends. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base must take any constructor arguments (TS2545)
type AbstractClass = abstract new (...args: any[]) => object;

/**
 * Adds the four capacity figures as columns to an entity's base class (a mixin, because the round's table already
 * extends the per-round base): `persons` (person places) and homes by size band, `homes_1_2`, `homes_3_4` and
 * `homes_5_plus` (`CAPACITY_FIELD` in matching/vocabulary names the resource each field holds). Whole numbers ≥ 0;
 * pair with the CHECK {@link CAPACITY_FIGURES_NONNEGATIVE}. Used by `capacity` and `round_capacity`, so both
 * tables declare the figures once, with the same names and types.
 */
export function withCapacityFigures<Base extends AbstractClass>(base: Base) {
  abstract class CapacityFigures extends base {
    /** Person places. */
    @Column({ type: 'integer' }) persons: number;
    /** Homes for 1 or 2 persons. */
    @Column({ name: 'homes_1_2', type: 'integer' }) homes1to2: number;
    /** Homes for 3 or 4 persons. */
    @Column({ name: 'homes_3_4', type: 'integer' }) homes3to4: number;
    /** Homes for 5 or more persons. */
    @Column({ name: 'homes_5_plus', type: 'integer' }) homes5plus: number;
  }
  return CapacityFigures;
}
