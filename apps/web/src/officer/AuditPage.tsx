import { type FormEvent, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, isAuditAction, type AuditEntityType } from '#matching/vocabulary/audit.js';
import { graphql } from '../gql';
import type { OfficerAuditQuery } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import { Empty, Loading, LoadError } from '../components/PageState';
import { Pager } from '../components/Pager';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { readSession } from '../app/session';
import { ACTOR_LABEL, AUDIT_ACTION_LABEL, AUDIT_ENTITY_LABEL } from './audit-labels';

const AUDIT = graphql(`
  query OfficerAudit($entityType: String, $action: String, $entityId: String, $offset: Int!, $limit: Int!) {
    auditEventCount(entityType: $entityType, action: $action, entityId: $entityId)
    auditEvents(entityType: $entityType, action: $action, entityId: $entityId, offset: $offset, limit: $limit) {
      id
      at
      action
      entityType
      entityId
      actorRole
      actorEmail
      before
      after
    }
  }
`);

/** Events per page. */
export const AUDIT_PAGE = 50;

type Event = OfficerAuditQuery['auditEvents'][number];

/** The filters as the form holds them: '' for "any". */
interface AuditFilters {
  readonly entityType: AuditEntityType | '';
  readonly action: string;
  readonly entityId: string;
}

const isEntityType = (value: string): value is AuditEntityType => AUDIT_ENTITY_TYPES.some((e) => e === value);

/**
 * Where an officer opens the thing an event is about: a round's page, a run's review (its round from the event's
 * `after.roundId`), a household's page; null for the rest (and for admins, who do not use the officer's pages).
 */
function pageOf(event: Event): string | null {
  if (readSession()?.role !== 'officer') return null;
  if (event.entityType === 'round') return `/officer/rounds/${event.entityId}`;
  if (event.entityType === 'household') return `/officer/households/${event.entityId}`;
  const after: unknown = event.after;
  if (event.entityType === 'run' && typeof after === 'object' && after !== null && 'roundId' in after && typeof after.roundId === 'string') {
    return `/officer/rounds/${after.roundId}/runs/${event.entityId}`;
  }
  return null;
}

/**
 * The audit trail (issue 13), for officers and admins: every recorded action, newest first, filtered on the server by
 * the kind of thing, the action (the actions of the chosen kind) and one thing's number, paged with the count. Each
 * event says when, who (role and e-mail address), what in words (never a code), about what (a link where the officer
 * has a page for it) and, on request, the recorded state before and after. `?entityId=` in the address opens the
 * trail of one thing (the round page links there).
 */
export function AuditPage() {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<AuditFilters>({ entityType: '', action: '', entityId: params.get('entityId') ?? '' });
  const [applied, setApplied] = useState<AuditFilters>(draft);
  const [offset, setOffset] = useState(0);
  useDocumentTitle(t('officer.audit.title'));
  const { data, previousData, loading, error, refetch } = useQuery(AUDIT, {
    variables: {
      entityType: applied.entityType || null,
      action: applied.action || null,
      entityId: applied.entityId.trim() || null,
      offset,
      limit: AUDIT_PAGE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const actions = AUDIT_ACTION_NAMES.filter((a) => draft.entityType === '' || AUDIT_ACTIONS[a] === draft.entityType);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
    setOffset(0);
  };

  return (
    <>
      <Heading1>{t('officer.audit.title')}</Heading1>
      <Paragraph>{t('officer.audit.intro')}</Paragraph>
      <form className="matching-filters" onSubmit={search}>
        <FormField>
          <FormLabel htmlFor={`${id}-type`}>{t('officer.audit.entityType')}</FormLabel>
          <Select
            id={`${id}-type`}
            value={draft.entityType}
            onChange={(event) => {
              const value = event.target.value;
              const entityType = isEntityType(value) ? value : '';
              // an action of another kind no longer applies
              setDraft({ ...draft, entityType, action: isAuditAction(draft.action) && entityType !== '' && AUDIT_ACTIONS[draft.action] !== entityType ? '' : draft.action });
            }}
          >
            <SelectOption value="">{t('officer.audit.any')}</SelectOption>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <SelectOption key={type} value={type}>
                {t(AUDIT_ENTITY_LABEL[type])}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-action`}>{t('officer.audit.action')}</FormLabel>
          <Select id={`${id}-action`} value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.target.value })}>
            <SelectOption value="">{t('officer.audit.any')}</SelectOption>
            {actions.map((action) => (
              <SelectOption key={action} value={action}>
                {t(AUDIT_ACTION_LABEL[action])}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-entity`}>{t('officer.audit.entityId')}</FormLabel>
          <FormFieldDescription id={`${id}-entity-hint`}>{t('officer.audit.entityIdHint')}</FormFieldDescription>
          <Textbox id={`${id}-entity`} aria-describedby={`${id}-entity-hint`} value={draft.entityId} onChange={(event) => setDraft({ ...draft, entityId: event.target.value })} />
        </FormField>
        <Button type="submit" appearance="primary-action-button">
          {t('officer.audit.apply')}
        </Button>
      </form>

      {loading && !shown ? (
        <Loading />
      ) : error && !shown ? (
        <LoadError onRetry={() => void refetch()} />
      ) : shown ? (
        <>
          <Paragraph role="status" className="matching-count">
            {loading ? t('state.loading') : t('officer.audit.count', { count: shown.auditEventCount })}
          </Paragraph>
          {shown.auditEvents.length === 0 ? (
            <Empty>
              <Paragraph>{t('officer.audit.none')}</Paragraph>
            </Empty>
          ) : (
            <Table className="matching-table matching-table--wide">
              <TableCaption>{t('officer.audit.caption', { from: offset + 1, to: offset + shown.auditEvents.length, count: shown.auditEventCount })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('officer.audit.when')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.audit.what')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.audit.who')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.audit.subject')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('officer.audit.changes')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.auditEvents.map((event) => (
                  <AuditRow key={event.id} event={event} />
                ))}
              </TableBody>
            </Table>
          )}
          <Pager label={t('officer.audit.pages')} offset={offset} limit={AUDIT_PAGE} total={shown.auditEventCount} onChange={setOffset} />
        </>
      ) : null}
    </>
  );
}

function AuditRow({ event }: { event: Event }) {
  const t = useT();
  const page = pageOf(event);
  const kind = isEntityType(event.entityType) ? t(AUDIT_ENTITY_LABEL[event.entityType]) : event.entityType;
  // the first part of the id tells events apart and can be searched for; the whole id is in the link and the filter
  const subject = `${kind} ${event.entityId.slice(0, 8)}`;
  const changed = event.before != null || event.after != null;
  const when = t('officer.dateTime', { date: new Date(String(event.at)) });
  return (
    <TableRow>
      <TableCell>{when}</TableCell>
      <TableHeaderCell scope="row">{isAuditAction(event.action) ? t(AUDIT_ACTION_LABEL[event.action]) : <code>{event.action}</code>}</TableHeaderCell>
      <TableCell>
        {t(ACTOR_LABEL[event.actorRole])}
        {event.actorEmail && <span className="matching-muted matching-block">{event.actorEmail}</span>}
      </TableCell>
      <TableCell>
        {page ? (
          <RouterLink to={page} className="utrecht-link">
            {subject}
          </RouterLink>
        ) : (
          subject
        )}
      </TableCell>
      <TableCell>
        {changed ? (
          <details className="matching-details">
            <summary>
              {t('officer.audit.showChanges')}
              {/* the summaries of a page's rows read apart for who tabs through them */}
              <span className="matching-visually-hidden">{` (${subject}, ${when})`}</span>
            </summary>
            <dl className="matching-facts">
              <dt>{t('officer.audit.before')}</dt>
              <dd>
                <pre className="matching-json">{event.before == null ? '–' : JSON.stringify(event.before, null, 2)}</pre>
              </dd>
              <dt>{t('officer.audit.after')}</dt>
              <dd>
                <pre className="matching-json">{event.after == null ? '–' : JSON.stringify(event.after, null, 2)}</pre>
              </dd>
            </dl>
          </details>
        ) : (
          '–'
        )}
      </TableCell>
    </TableRow>
  );
}
