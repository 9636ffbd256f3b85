import type { Role } from '#matching/vocabulary/roles.js';
import type { Role as ApiRole } from '../gql/graphql';

/**
 * Who is signed in in this browser tab: the token the API gave at sign-in (sent as `Authorization: Bearer …`), when
 * it stops working, and the account's role and what it acts for. Kept in `sessionStorage` (issue 12): it ends with
 * the tab and is never in an address.
 */
export interface Session {
  readonly token: string;
  /** ISO 8601 (UTC): after it the API answers UNAUTHENTICATED and the app returns to the sign-in page. */
  readonly expiresAt: string;
  readonly role: Role;
  /** The household a newcomer account belongs to; null for other roles. */
  readonly householdId: string | null;
  /** CBS code of the municipality a municipality account acts for; null for other roles. */
  readonly municipalityCode: string | null;
}

const SESSION_KEY = 'matching.session';

/** Why the app returned to the sign-in page: the page says so in the reader's language. */
export type SignOutReason = 'signed_out' | 'expired';

const REASON_KEY = 'matching.signOutReason';

export function readSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || Date.parse(session.expiresAt) <= Date.now()) {
      endSession('expired');
      return null;
    }
    return session;
  } catch {
    sessionStorage.removeItem(SESSION_KEY);
    return null;
  }
}

export function startSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  sessionStorage.removeItem(REASON_KEY);
}

/** Forgets the token; `reason` is shown once on the sign-in page. */
export function endSession(reason: SignOutReason): void {
  sessionStorage.removeItem(SESSION_KEY);
  sessionStorage.setItem(REASON_KEY, reason);
}

/** Why the last session ended, once (reading clears it); null when nobody was signed out. */
export function takeSignOutReason(): SignOutReason | null {
  const reason = sessionStorage.getItem(REASON_KEY);
  sessionStorage.removeItem(REASON_KEY);
  return reason === 'signed_out' || reason === 'expired' ? reason : null;
}

/** Each role's home page. */
export const ROLE_HOME: Record<Role, string> = {
  newcomer: '/newcomer',
  municipality: '/municipality',
  officer: '/officer',
  admin: '/admin',
};

/** The API's `Role` enum value (GraphQL spells it in capitals) as the matching core's role. */
export const ROLE_OF = { ADMIN: 'admin', OFFICER: 'officer', MUNICIPALITY: 'municipality', NEWCOMER: 'newcomer' } as const satisfies Record<ApiRole, Role>;
