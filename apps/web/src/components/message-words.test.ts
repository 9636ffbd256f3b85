import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { CATALOGUES } from '../i18n/all-catalogues';
import { formatLocale, SUPPORTED_LOCALES } from '../i18n/languages';
import { describeMessage, factsOfExported } from './message-words';
import { NEWCOMER_WORDS } from '../newcomer/newcomer-words';
import type { MessageId } from '../i18n/catalogues';
import type { Message } from './MessagesPage';

const moved: Message = {
  id: 'n1',
  kind: 'POSITION_CHANGED',
  proposalId: null,
  outcome: null,
  respondBy: null,
  count: null,
  change: null,
  persons: null,
  review: null,
  fromPosition: 71,
  toPosition: 53,
  createdAt: '2026-12-02T08:00:00Z',
  readAt: null,
};

/** A marked move in the queue says both places, as the API gave them, in every newcomer language. */
describe('the message of a marked move in the queue', () => {
  it('says the place before and the place now', () => {
    const say = (locale: (typeof SUPPORTED_LOCALES)[number]) => {
      const intl = createIntl({ locale: formatLocale(locale), messages: CATALOGUES[locale] });
      return describeMessage((id, values) => intl.formatMessage({ id }, values), { POSITION_CHANGED: 'messages.newcomer.positionChanged', other: 'messages.newcomer.other' }, moved);
    };
    expect(say('en')).toBe('Your place on the waiting list has changed. Earlier you were number 71. After the last round you are number 53.');
    expect(say('nl')).toBe('Uw plek op de wachtlijst is veranderd. Eerder stond u op plek 71. Na de laatste ronde staat u op plek 53.');
    for (const locale of SUPPORTED_LOCALES) {
      const text = say(locale);
      expect(text.indexOf('71')).toBeGreaterThan(-1);
      expect(text.indexOf('71')).toBeLessThan(text.indexOf('53'));
    }
  });
});

/**
 * "Everything we keep about you" says each stored message (the data export's kind and params) as the messages list
 * says the API's: the same words in every newcomer language, the words for "other" for a kind newcomers are not sent.
 */
describe('a message of the data export', () => {
  const sayer = (locale: (typeof SUPPORTED_LOCALES)[number]) => {
    const intl = createIntl({ locale: formatLocale(locale), messages: CATALOGUES[locale] });
    return (id: MessageId, values?: Record<string, string | number | Date>) => intl.formatMessage({ id }, values);
  };
  const stored = { account: 'newcomer@example.org', proposalId: null, createdAt: '2026-12-02T08:00:00Z', readAt: null, emailState: null } as const;

  it('reads as the messages list reads the API’s', () => {
    const exported = { ...stored, kind: 'position_changed', params: { fromPosition: 71, toPosition: 53 } } as const;
    const answered = { ...stored, kind: 'municipality_answered', params: { outcome: 'declined' } } as const;
    for (const locale of SUPPORTED_LOCALES) {
      const t = sayer(locale);
      expect(describeMessage(t, NEWCOMER_WORDS, factsOfExported(exported))).toBe(describeMessage(t, NEWCOMER_WORDS, moved));
      expect(describeMessage(t, NEWCOMER_WORDS, factsOfExported(answered))).toBe(describeMessage(t, NEWCOMER_WORDS, { ...moved, kind: 'MUNICIPALITY_ANSWERED', outcome: 'DECLINED', fromPosition: null, toPosition: null }));
    }
    expect(describeMessage(sayer('en'), NEWCOMER_WORDS, factsOfExported(answered))).toContain('cannot receive you');
  });

  it('says a kind newcomers are not sent in the general words', () => {
    const t = sayer('en');
    const officers = { ...stored, kind: 'contest_received', params: {} } as const;
    expect(describeMessage(t, NEWCOMER_WORDS, factsOfExported(officers))).toBe(t('messages.newcomer.other'));
  });
});
