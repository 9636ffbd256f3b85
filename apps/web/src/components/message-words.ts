import type { MessageId } from '../i18n/catalogues';
import type { ExportedNotification } from '#matching/vocabulary/data-export.js';
import type { Message } from './MessagesPage';

/**
 * What a message's text is made of: its kind in the API's spelling (`POSITION_CHANGED`) and its facts, as the API's
 * `Notification` gives them (`Message`) or as the data export stores them (`factsOfExported`).
 */
export interface MessageFacts {
  readonly kind: string;
  readonly outcome?: string | null;
  /** YYYY-MM-DD */
  readonly respondBy?: string | null;
  readonly count?: number | null;
  readonly change?: string | null;
  readonly persons?: number | null;
  readonly review?: boolean | null;
  readonly fromPosition?: number | null;
  readonly toPosition?: number | null;
}

/**
 * The values every message text may use: the outcome as its stored word (`other` when none), the new deadline as a
 * date, the count; of a changed household what happened (`change`, its stored word, `other` when none), the persons
 * now, and whether an officer reviews the proposal (`review`: `yes` or `no`); of a marked move in the queue the place
 * before (`from`) and now (`to`).
 */
export function messageValues(message: MessageFacts): Record<string, string | number | Date> {
  return {
    outcome: message.outcome?.toLowerCase() ?? 'other',
    date: new Date(`${message.respondBy ?? '1970-01-01'}T12:00:00Z`),
    count: message.count ?? 0,
    change: message.change?.toLowerCase() ?? 'other',
    persons: message.persons ?? 0,
    review: message.review ? 'yes' : 'no',
    from: message.fromPosition ?? 0,
    to: message.toPosition ?? 0,
  };
}

/** A message of the data export (its stored kind, `position_changed`, and params) as the facts its text is made of. */
export function factsOfExported(notification: ExportedNotification): MessageFacts {
  return { ...notification.params, kind: notification.kind.toUpperCase() };
}

/** A role's words for each kind of message it gets (`other`: a kind the role is not sent, said generally). */
export type MessageWords = Readonly<Partial<Record<Message['kind'], MessageId>>> & { readonly other: MessageId };

/** The text of `message` in a role's words (`words.other` for a kind the role has no words for). */
export function describeMessage(t: (id: MessageId, values?: Record<string, string | number | Date>) => string, words: MessageWords, message: MessageFacts): string {
  const id = Object.entries(words).find(([kind]) => kind === message.kind)?.[1];
  return t(id ?? words.other, messageValues(message));
}
