import type { Role } from '#persistence/entities/account.entity.js';

/** Shared password of the demo accounts; the seed is for local use and demos, never production data. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoAccount {
  readonly email: string;
  readonly role: Role;
  readonly municipalityCode: string | null;
  /** Case reference of the household a newcomer account is bound to. */
  readonly householdReference: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.local', role: 'admin', municipalityCode: null, householdReference: null },
  { email: 'officer@demo.local', role: 'officer', municipalityCode: null, householdReference: null },
  { email: 'amsterdam@demo.local', role: 'municipality', municipalityCode: 'GM0363', householdReference: null },
  { email: 'utrecht@demo.local', role: 'municipality', municipalityCode: 'GM0344', householdReference: null },
  { email: 'newcomer@demo.local', role: 'newcomer', municipalityCode: null, householdReference: 'HH-000001' },
  { email: 'newcomer2@demo.local', role: 'newcomer', municipalityCode: null, householdReference: 'HH-000002' },
];
