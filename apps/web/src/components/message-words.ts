import type { MessageId } from '../i18n/catalogues';
import type { Message } from './MessagesPage';

/**
 * The values every message text may use: the outcome as its stored word (`other` when none), the new deadline as a
 * date, the count; of a changed household what happened (`change`, its stored word, `other` when none), the persons
 * now, and whether an officer reviews the proposal (`review`: `yes` or `no`); of a marked move in the queue the place
 * before (`from`) and now (`to`).
 */
export function messageValues(message: Message): Record<string, string | number | Date> {
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

/** A role's words for each kind of message it gets (`other`: a kind the role is not sent, said generally). */
export type MessageWords = Readonly<Partial<Record<Message['kind'], MessageId>>> & { readonly other: MessageId };

/** The text of `message` in a role's words. */
export function describeMessage(t: (id: MessageId, values?: Record<string, string | number | Date>) => string, words: MessageWords, message: Message): string {
  return t(words[message.kind] ?? words.other, messageValues(message));
}
