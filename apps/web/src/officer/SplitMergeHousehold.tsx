import { useId, useState, type FormEvent } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import {
  Alert, Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Textbox,
} from '@utrecht/component-library-react';
import { REASON_LENGTH } from '#matching/vocabulary/lifecycle.js';
import { graphql } from '../gql';
import type { TieKind } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import { FieldProblem } from '../components/FieldProblem';
import { apiProblems } from '../components/api-problems';
import { TextAreaField } from '../components/TextAreaField';
import { useMunicipalityNames } from '../components/useMunicipalityNames';
import { CHANGE_EFFECT_TEXT } from './RecordHouseholdChange';

const SPLIT = graphql(`
  mutation OfficerSplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {
    splitHousehold(householdId: $householdId, input: $input) {
      effect
      household { id size }
      newHousehold { id reference size }
    }
  }
`);

const FIND = graphql(`
  query OfficerFindHouseholdToMerge($reference: String!) {
    householdByReference(reference: $reference) { id reference status size permitDate }
  }
`);

const MERGE = graphql(`
  mutation OfficerMergeHouseholds($input: MergeHouseholdsInput!) {
    mergeHouseholds(input: $input) { effect household { id size permitDate } }
  }
`);


type SplitField = 'positions' | 'tieIds' | 'on' | 'reason';

/**
 * An officer splits the household in two (issue 16; household-changes.ts `splitRoles`): who leaves, which ties go
 * with them, on which day and why (REASON_LENGTH, no names: it is kept in the audit trail). The members who leave get
 * a case of their own with the same permit date and urgency: the same place in the queue. Each part needs an adult;
 * the form says so at the field, as the API does. After it: the new case, linked, and what happened to the proposal.
 */
export function SplitHousehold({ householdId, members, ties, onSplit }: {
  householdId: string;
  members: readonly { position: number; fullName?: string | null }[];
  ties: readonly { id: string; kind: TieKind; municipalityCode: string }[];
  onSplit: () => void;
}) {
  const t = useT();
  const id = useId();
  const nameOf = useMunicipalityNames();
  const today = new Date().toISOString().slice(0, 10);
  const [leaving, setLeaving] = useState<readonly number[]>([]);
  const [tieIds, setTieIds] = useState<readonly string[]>([]);
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Partial<Record<SplitField, string>>>({});
  const [failed, setFailed] = useState(false);
  const [split, { data, loading }] = useMutation(SPLIT);
  const result = data?.splitHousehold;
  const who = (m: { position: number; fullName?: string | null }) => m.fullName ?? t('officer.household.person', { number: m.position });
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(false);
    const found: Partial<Record<SplitField, string>> = {};
    if (leaving.length === 0 || leaving.length >= members.length) found.positions = t('officer.split.problem.positions');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on > today) found.on = t('officer.change.problem.on');
    const trimmed = reason.trim();
    if (trimmed.length < REASON_LENGTH.min || trimmed.length > REASON_LENGTH.max) found.reason = t('officer.lineage.reasonError', REASON_LENGTH);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    try {
      await split({ variables: { householdId, input: { positions: [...leaving].sort((a, b) => a - b), tieIds: [...tieIds], on, reason: trimmed } } });
      setLeaving([]);
      setTieIds([]);
      setReason('');
      onSplit();
    } catch (error) {
      const named = Object.fromEntries(
        apiProblems(error).fields.filter((f) => ['positions', 'tieIds', 'on', 'reason'].includes(f.field)).map((f) => [f.field, f.field === 'positions' ? t('officer.split.problem.adult') : f.message]),
      );
      if (Object.keys(named).length > 0) setProblems(named);
      else setFailed(true);
    }
  };

  const problem = (key: SplitField) => <FieldProblem id={`${id}-${key}-error`} problem={problems[key]} />;

  return (
    <section aria-labelledby={`${id}-title`} className="matching-section matching-no-print">
      <Heading2 id={`${id}-title`}>{t('officer.split.title')}</Heading2>
      <Paragraph>{t('officer.split.intro')}</Paragraph>
      {result && (
        <Alert type={result.effect === 'REVIEW' ? 'warning' : 'ok'} role="status">
          <Paragraph>
            {t('officer.split.done', { reference: result.newHousehold.reference, persons: result.newHousehold.size })}{' '}
            <RouterLink to={`/officer/households/${result.newHousehold.id}`} className="utrecht-link">
              {t('officer.household.openCase', { reference: result.newHousehold.reference })}
            </RouterLink>
          </Paragraph>
          <Paragraph>{t(CHANGE_EFFECT_TEXT[result.effect], { persons: result.household.size })}</Paragraph>
        </Alert>
      )}
      <form className="matching-form" onSubmit={(e) => void submit(e)} noValidate>
        <Fieldset className="matching-fieldset" invalid={Boolean(problems.positions)} aria-describedby={problems.positions ? `${id}-positions-error` : undefined}>
          <FieldsetLegend>{t('officer.split.who')}</FieldsetLegend>
          {problem('positions')}
          {members.map((m, i) => (
            <div key={m.position} className="matching-check">
              <Checkbox
                id={i === 0 ? `${id}-positions` : `${id}-member-${m.position}`}
                checked={leaving.includes(m.position)}
                invalid={Boolean(problems.positions)}
                onChange={(event) => setLeaving(toggle(leaving, m.position, event.target.checked))}
              />
              <FormLabel htmlFor={i === 0 ? `${id}-positions` : `${id}-member-${m.position}`} type="checkbox">
                {who(m)}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
        {ties.length > 0 && (
          <Fieldset className="matching-fieldset" invalid={Boolean(problems.tieIds)}>
            <FieldsetLegend>{t('officer.split.ties')}</FieldsetLegend>
            {problem('tieIds')}
            {ties.map((tie, i) => (
              <div key={tie.id} className="matching-check">
                <Checkbox
                  id={i === 0 ? `${id}-tieIds` : `${id}-tie-${tie.id}`}
                  checked={tieIds.includes(tie.id)}
                  onChange={(event) => setTieIds(toggle(tieIds, tie.id, event.target.checked))}
                />
                <FormLabel htmlFor={i === 0 ? `${id}-tieIds` : `${id}-tie-${tie.id}`} type="checkbox">
                  {`${t(`officer.tieKind.${tie.kind}`)} – ${nameOf(tie.municipalityCode)}`}
                </FormLabel>
              </div>
            ))}
          </Fieldset>
        )}
        <FormField invalid={Boolean(problems.on)}>
          <FormLabel htmlFor={`${id}-on`}>{t('officer.change.on')}</FormLabel>
          {problem('on')}
          <Textbox
            id={`${id}-on`}
            type="date"
            value={on}
            max={today}
            invalid={Boolean(problems.on)}
            aria-describedby={problems.on ? `${id}-on-error` : undefined}
            onChange={(e) => setOn(e.target.value)}
          />
        </FormField>
        <ReasonField id={`${id}-reason`} value={reason} error={problems.reason ?? null} onChange={setReason} />
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t('officer.lineage.failed')}</Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t('officer.split.submit')}
        </Button>
      </form>
    </section>
  );
}

/**
 * An officer merges another case into this one when the two are one family (issue 16; household-changes.ts
 * `mergedFields`): the other case is looked up by its reference and shown (its persons, status and permit date), then
 * merged with a reason. This case keeps the earlier permit date and the more urgent urgency of the two; the other
 * leaves the list and its accounts move here.
 */
export function MergeHousehold({ householdId, reference, onMerged }: { householdId: string; reference: string; onMerged: () => void }) {
  const t = useT();
  const id = useId();
  const [other, setOther] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ reference?: string; reason?: string }>({});
  const [failed, setFailed] = useState(false);
  const [find, found] = useLazyQuery(FIND, { fetchPolicy: 'network-only' });
  const [merge, merged] = useMutation(MERGE);
  const [candidate, setCandidate] = useState<{ id: string; reference: string; size: number; permitDate: string } | null>(null);

  const look = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(false);
    merged.reset();
    const wanted = other.trim().toUpperCase();
    const problem = !wanted ? t('officer.merge.problem.reference') : wanted === reference ? t('officer.merge.problem.same') : null;
    setProblems(problem ? { reference: problem } : {});
    if (problem) {
      document.getElementById(`${id}-reference`)?.focus();
      return;
    }
    const answer = await find({ variables: { reference: wanted } }).catch(() => null);
    setCandidate(answer?.data?.householdByReference ?? null);
    if (!answer?.data?.householdByReference) {
      setProblems({ reference: t('officer.merge.problem.notFound', { reference: wanted }) });
      document.getElementById(`${id}-reference`)?.focus();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!candidate) return;
    setFailed(false);
    const trimmed = reason.trim();
    if (trimmed.length < REASON_LENGTH.min || trimmed.length > REASON_LENGTH.max) {
      setProblems({ reason: t('officer.lineage.reasonError', REASON_LENGTH) });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    try {
      await merge({ variables: { input: { householdId, mergedHouseholdId: candidate.id, reason: trimmed } } });
      setOther('');
      setReason('');
      setProblems({});
      setCandidate(null);
      onMerged();
    } catch {
      setFailed(true);
    }
  };

  const result = merged.data?.mergeHouseholds;
  return (
    <section aria-labelledby={`${id}-title`} className="matching-section matching-no-print">
      <Heading2 id={`${id}-title`}>{t('officer.merge.title')}</Heading2>
      <Paragraph>{t('officer.merge.intro')}</Paragraph>
      {result && (
        <Alert type={result.effect === 'REVIEW' ? 'warning' : 'ok'} role="status">
          <Paragraph>{t('officer.merge.done', { persons: result.household.size, date: new Date(`${result.household.permitDate}T12:00:00Z`) })}</Paragraph>
          {result.effect !== 'NONE' && <Paragraph>{t(CHANGE_EFFECT_TEXT[result.effect], { persons: result.household.size })}</Paragraph>}
        </Alert>
      )}
      {!candidate ? (
        <form className="matching-form" onSubmit={(e) => void look(e)} noValidate>
          <FormField invalid={Boolean(problems.reference)}>
            <FormLabel htmlFor={`${id}-reference`}>{t('officer.merge.reference')}</FormLabel>
            <FormFieldDescription id={`${id}-reference-hint`}>{t('officer.merge.referenceHint')}</FormFieldDescription>
            <FieldProblem id={`${id}-reference-error`} problem={problems.reference} />
            <Textbox
              id={`${id}-reference`}
              value={other}
              autoComplete="off"
              invalid={Boolean(problems.reference)}
              aria-describedby={problems.reference ? `${id}-reference-hint ${id}-reference-error` : `${id}-reference-hint`}
              onChange={(e) => setOther(e.target.value)}
            />
          </FormField>
          <Button type="submit" appearance="secondary-action-button" disabled={found.loading}>
            {t('officer.merge.find')}
          </Button>
        </form>
      ) : (
        <form className="matching-form" onSubmit={(e) => void submit(e)} noValidate>
          <Paragraph>
            {t('officer.merge.candidate', {
              reference: candidate.reference,
              persons: candidate.size,
              date: new Date(`${candidate.permitDate}T12:00:00Z`),
              into: reference,
            })}
          </Paragraph>
          <ReasonField id={`${id}-reason`} value={reason} error={problems.reason ?? null} onChange={setReason} />
          {failed && (
            <Alert type="error" role="alert">
              <Paragraph>{t('officer.merge.failed')}</Paragraph>
            </Alert>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={merged.loading}>
              {t('officer.merge.submit', { reference: candidate.reference })}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setCandidate(null);
                setProblems({});
                setFailed(false);
              }}
            >
              {t('officer.merge.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** The reason of a split or a merge (REASON_LENGTH; kept in the history, so without names): one field for both forms. */
function ReasonField({ id, value, error, onChange }: { id: string; value: string; error: string | null; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <TextAreaField
      id={id}
      label={t('officer.lineage.reason')}
      hint={t('officer.lineage.reasonHint', REASON_LENGTH)}
      error={error}
      value={value}
      maxLength={REASON_LENGTH.max}
      rows={2}
      onChange={onChange}
    />
  );
}
