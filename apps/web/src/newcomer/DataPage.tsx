import { useQuery } from '@apollo/client/react';
import { Button, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { isHouseholdDataExport, type ExportedEvent, type HouseholdDataExport } from '#matching/vocabulary/data-export.js';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';
import { languageName } from '../i18n/languages';
import type { MessageId } from '../i18n/catalogues';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { Loading, LoadError } from '../components/PageState';
import { download } from '../components/download';
import { isolated } from '../components/bidi';
import { describeMessage, factsOfExported } from '../components/message-words';
import { NEWCOMER_WORDS } from './newcomer-words';

const MY_DATA = graphql(`
  query MyHouseholdData($locale: String) {
    myHouseholdData(locale: $locale)
  }
`);

/** How the page says each read of the case (the access log). */
const READ_WORDS: Readonly<Record<string, MessageId>> = {
  'household.view': 'data.access.view',
  'household.view_medical': 'data.access.medical',
  'household.export': 'data.access.export',
};

/**
 * "Everything we keep about you" (issue 16, the right of access, AVG/GDPR art. 15 and 20): the household's data export
 * shown readably — the household, its members, accounts, proposals, the rounds it was in with their outcome in words,
 * the messages it was sent (in the words of the messages list), who of the staff opened the case — and offered as a
 * JSON file with everything, codes and history included.
 */
export function DataPage() {
  const t = useT();
  useDocumentTitle(t('data.title'));
  const { locale } = useLanguage();
  const municipality = useMunicipalityNames();
  // each visit is a new export (and recorded as one): never from the cache
  const { data, loading, error, refetch } = useQuery(MY_DATA, { variables: { locale }, fetchPolicy: 'network-only' });
  if (loading && !data) return <Loading />;
  const exported: unknown = data?.myHouseholdData;
  if (error || !isHouseholdDataExport(exported)) return <LoadError onRetry={() => void refetch()} />;
  const { household: h } = exported;
  const when = (at: string) => new Date(at);
  // stored free texts (a place, a note, a region) may be in another script than the page: each kept apart (bidi)
  const dash = (value: string | null) => (value === null || value === '' ? '–' : isolated(value));
  const country = (code: string | null) => (code ? (new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code) : '–');
  const list = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  // a message goes to each newcomer account of the household (the file lists every copy, with its account): once here
  const messages = distinctBy(exported.notifications, (n) => JSON.stringify([n.kind, n.proposalId, n.params, n.createdAt]));
  return (
    <>
      <Heading1>{t('data.title')}</Heading1>
      <Paragraph>{t('data.intro')}</Paragraph>
      <Button appearance="primary-action-button" onClick={() => downloadExport(exported)}>
        {t('data.download')}
      </Button>
      <Paragraph className="matching-muted">{t('data.downloadHint')}</Paragraph>

      <section aria-labelledby="data-household">
        <Heading2 id="data-household">{t('data.household.title')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('data.household.reference', { reference: isolated(h.reference) })}</UnorderedListItem>
          <UnorderedListItem>{t('data.household.permit', { date: new Date(`${h.permitDate}T12:00:00Z`) })}</UnorderedListItem>
          <UnorderedListItem>{t('data.household.location', { location: dash(h.receptionLocation) })}</UnorderedListItem>
          <UnorderedListItem>{t('data.household.medical', { notes: dash(h.medicalNotes) })}</UnorderedListItem>
          <UnorderedListItem>
            {t('data.household.protected', { nationality: country(h.protectedTraits?.nationality ?? null), region: dash(h.protectedTraits?.originRegion ?? null) })}
          </UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="data-members">
        <Heading2 id="data-members">{t('household.members.title', { count: h.members.length })}</Heading2>
        <UnorderedList>
          {h.members.map((m) => (
            <UnorderedListItem key={m.position}>
              {t('data.member', { name: m.fullName ? isolated(m.fullName) : t('household.members.person', { number: m.position + 1 }), year: m.birthYear })}
              {m.languages.length > 0 && <> {t('household.members.languages', { list: list(m.languages.map((l) => `${languageName(l.language, locale)} (${l.cefr})`)) })}</>}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="data-accounts">
        <Heading2 id="data-accounts">{t('data.accounts.title')}</Heading2>
        <UnorderedList>
          {exported.accounts.map((a) => (
            <UnorderedListItem key={a.email}>{t('data.account', { email: isolated(a.email), date: when(a.createdAt) })}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section aria-labelledby="data-proposals">
        <Heading2 id="data-proposals">{t('data.proposals.title')}</Heading2>
        {exported.proposals.length === 0 ? (
          <Paragraph>{t('data.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {exported.proposals.map((p) => (
              <UnorderedListItem key={p.id}>{t('data.proposal', { municipality: municipality(p.municipalityCode), date: when(p.createdAt) })}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="data-runs">
        <Heading2 id="data-runs">{t('data.runs.title')}</Heading2>
        {exported.runs.length === 0 ? (
          <Paragraph>{t('data.none')}</Paragraph>
        ) : (
          exported.runs.map((r) => (
            <div key={r.runId} className="matching-card">
              <Paragraph>
                <strong>{t('data.run', { round: isolated(r.roundName), date: when(r.at) })}</strong>
              </Paragraph>
              <Paragraph>{r.outcome}</Paragraph>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="data-messages">
        <Heading2 id="data-messages">{t('messages.title')}</Heading2>
        {messages.length === 0 ? (
          <Paragraph>{t('data.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {messages.map((n, i) => (
              <UnorderedListItem key={i}>
                {describeMessage(t, NEWCOMER_WORDS, factsOfExported(n))} <span className="matching-muted">{t('messages.when', { date: when(n.createdAt) })}</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="data-access">
        <Heading2 id="data-access">{t('data.access.title')}</Heading2>
        <Paragraph>{t('data.access.intro')}</Paragraph>
        {exported.accessLog.length === 0 ? (
          <Paragraph>{t('data.access.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {exported.accessLog.map((e, i) => (
              <UnorderedListItem key={i}>{readWords(t, e)}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="data-history">
        <Heading2 id="data-history">{t('data.history.title')}</Heading2>
        <Paragraph>{t('data.history.count', { count: exported.history.length })}</Paragraph>
      </section>
    </>
  );
}

function readWords(t: ReturnType<typeof useT>, e: ExportedEvent): string {
  const id = READ_WORDS[e.action] ?? 'data.access.view';
  return t(id, { date: new Date(e.at), who: e.actorRole === 'newcomer' ? 'self' : 'staff' });
}

/** The first of each group of `items` with the same `key`, in their order. */
function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Saves the whole export as a JSON file named after the case reference. */
function downloadExport(exported: HouseholdDataExport): void {
  download({ filename: `household-data-${exported.household.reference}.json`, contentType: 'application/json', content: `${JSON.stringify(exported, null, 2)}\n` });
}
