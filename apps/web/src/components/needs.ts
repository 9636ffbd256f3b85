import type { HardNeed } from '#matching/waiting/types.js';
import type { MessageId } from '../i18n/catalogues';

/**
 * A hard need (matching/waiting/types.ts `HARD_NEEDS`: care nearby or what the home must offer) in words, for the
 * municipality's and the officer's pages. Keyed by the matching core's value (`hospital`); the GraphQL enums spell
 * the same values in capitals (`HOSPITAL`, `GROUND_FLOOR`): `needLabel` takes either.
 */
export const NEED_LABEL: Record<HardNeed, MessageId> = {
  hospital: 'need.hospital',
  mental_health: 'need.mentalHealth',
  chronic_care: 'need.chronicCare',
  wheelchair: 'need.wheelchair',
  ground_floor: 'need.groundFloor',
};

/** The words of a need given as the core's value or the GraphQL enum's. */
export function needLabel(need: string): MessageId {
  return NEED_LABEL[need.toLowerCase() as HardNeed];
}
