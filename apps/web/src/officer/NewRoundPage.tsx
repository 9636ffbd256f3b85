import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { apiProblems } from '../components/api-problems';
import type { OfficerRoundDefaultsQuery } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { withoutProblems } from '../components/problems';
import { currentPeriod, nextPeriod, periodWords } from '../components/period';
import { createRoundInput, emptyRoundDraft, roundDraftProblems, roundFieldOf, ROUND_FIELDS, type CohortKind, type RoundDraft, type RoundField } from './round-input';

const DEFAULTS = graphql(`
  query OfficerRoundDefaults {
    defaultRoundPolicy {
      responseDays
      timeLimitSeconds
      priorityWeight
      keepLinkedTogether
      alternatives
      maxOptions
      seed
      weights { labour network priorities services setting ties }
      tieReach { placeKm familyKm }
    }
  }
`);

const CREATE_ROUND = graphql(`
  mutation OfficerCreateRound($input: CreateRoundInput!) {
    createRound(input: $input) { id }
  }
`);

const COHORTS: readonly CohortKind[] = ['all', 'permitDates', 'reception'];
const COHORT_LABEL: Record<CohortKind, MessageId> = {
  all: 'officer.new.cohort.all',
  permitDates: 'officer.new.cohort.permitDates',
  reception: 'officer.new.cohort.reception',
};
const CRITERIA = ['labour', 'network', 'priorities', 'services', 'setting', 'ties'] as const;

/**
 * A new round (issue 13): a name, the half year whose capacity it uses, which waiting households take part (all,
 * a permit-date range or a reception location, optionally only the first N in queue order) and the policy — every
 * default shown and explained, three of them changeable here (the rest through the API). The municipalities are
 * every one with capacity in that half year. Checked by the API's rules before sending (round-input.ts); what the
 * API still refuses is shown at its field. On success the round's page opens, with its check before running.
 */
export function NewRoundPage() {
  const t = useT();
  useDocumentTitle(t('officer.new.title'));
  const { data, loading, error, refetch } = useQuery(DEFAULTS);
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return <NewRoundForm defaults={data.defaultRoundPolicy} />;
}

type Defaults = OfficerRoundDefaultsQuery['defaultRoundPolicy'];

function NewRoundForm({ defaults }: { defaults: Defaults }) {
  const t = useT();
  const navigate = useNavigate();
  const id = useId();
  const now = currentPeriod(new Date());
  const [draft, setDraft] = useState<RoundDraft>(() => emptyRoundDraft(now, defaults));
  const [problems, setProblems] = useState<Partial<Record<RoundField, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_ROUND);
  const fieldId = (f: RoundField) => `${id}-${f}`;
  const set = (patch: Partial<RoundDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems((p) => withoutProblems(p, Object.keys(patch)));
  };
  const show = (found: Partial<Record<RoundField, string>>) => {
    setProblems(found);
    const first = ROUND_FIELDS.find((f) => found[f]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const local = roundDraftProblems(draft);
    if (Object.keys(local).length > 0) {
      show(Object.fromEntries(Object.entries(local).map(([f, m]) => [f, t(m as MessageId)])));
      return;
    }
    try {
      const result = await create({ variables: { input: createRoundInput(draft, defaults) } });
      const roundId = result.data?.createRound.id;
      if (roundId) navigate(`/officer/rounds/${roundId}`);
    } catch (e) {
      const found: Partial<Record<RoundField, string>> = {};
      const refused = apiProblems(e);
      for (const p of refused.fields) {
        const field = roundFieldOf(p.field);
        if (field) found[field] = t('officer.new.refused', { message: p.message });
      }
      const message = refused.message;
      if (Object.keys(found).length > 0) show(found);
      else setFailed(message ? t('officer.new.refused', { message }) : t('officer.new.failed'));
    }
  };

  const field = (f: RoundField, label: MessageId, hint: string | null, props: { inputMode?: 'numeric' | 'decimal'; type?: string } = {}) => (
    <FormField invalid={Boolean(problems[f])}>
      <FormLabel htmlFor={fieldId(f)}>{t(label)}</FormLabel>
      {hint && <FormFieldDescription id={`${fieldId(f)}-hint`}>{hint}</FormFieldDescription>}
      {problems[f] && (
        <FormFieldDescription id={`${fieldId(f)}-problem`} invalid>
          {problems[f]}
        </FormFieldDescription>
      )}
      <Textbox
        id={fieldId(f)}
        value={draft[f]}
        autoComplete="off"
        invalid={Boolean(problems[f])}
        aria-describedby={[hint ? `${fieldId(f)}-hint` : '', problems[f] ? `${fieldId(f)}-problem` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => set({ [f]: event.target.value })}
        {...props}
      />
    </FormField>
  );

  return (
    <>
      <Heading1>{t('officer.new.title')}</Heading1>
      <Paragraph lead>{t('officer.new.intro')}</Paragraph>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{failed}</Paragraph>
        </Alert>
      )}
      <form className="matching-form matching-form--wide" noValidate onSubmit={(e) => void submit(e)}>
        {field('name', 'officer.new.name', t('officer.new.nameHint'))}
        <FormField>
          <FormLabel htmlFor={`${id}-period`}>{t('officer.new.period')}</FormLabel>
          <Select id={`${id}-period`} value={draft.period} onChange={(event) => set({ period: event.target.value })}>
            {[now, nextPeriod(now)].map((p) => (
              <SelectOption key={p} value={p}>
                {periodWords(t, p)}
              </SelectOption>
            ))}
          </Select>
        </FormField>

        <Fieldset>
          <FieldsetLegend>{t('officer.new.cohort')}</FieldsetLegend>
          {COHORTS.map((kind) => (
            <FormField key={kind} type="radio">
              <RadioButton id={`${id}-cohort-${kind}`} name={`${id}-cohort`} value={kind} checked={draft.cohort === kind} onChange={() => set({ cohort: kind })} />
              <FormLabel htmlFor={`${id}-cohort-${kind}`} type="radio">
                {t(COHORT_LABEL[kind])}
              </FormLabel>
            </FormField>
          ))}
          {draft.cohort === 'permitDates' && (
            <>
              {field('permitDateFrom', 'officer.new.permitDateFrom', t('officer.new.dateHint'))}
              {field('permitDateTo', 'officer.new.permitDateTo', t('officer.new.dateHint'))}
            </>
          )}
          {draft.cohort === 'reception' && field('receptionLocation', 'officer.new.receptionLocation', t('officer.new.receptionHint'))}
          {field('limit', 'officer.new.limit', t('officer.new.limitHint'), { inputMode: 'numeric' })}
        </Fieldset>
        <Paragraph>{t('officer.new.municipalities')}</Paragraph>

        <Fieldset>
          <FieldsetLegend>{t('officer.new.policy')}</FieldsetLegend>
          <Paragraph>{t('officer.new.policyIntro')}</Paragraph>
          {field('responseDays', 'officer.new.responseDays', t('officer.new.responseDaysHint', { days: defaults.responseDays }), { inputMode: 'numeric' })}
          {field('timeLimitSeconds', 'officer.new.timeLimit', t('officer.new.timeLimitHint', { seconds: defaults.timeLimitSeconds }), { inputMode: 'decimal' })}
          {field('priorityWeight', 'officer.new.priorityWeight', t('officer.new.priorityWeightHint', { weight: defaults.priorityWeight }), { inputMode: 'decimal' })}
          <Paragraph className="matching-list-label">
            <strong>{t('officer.new.fixedTitle')}</strong>
          </Paragraph>
          <dl className="matching-facts">
            <dt>{t('officer.new.weights')}</dt>
            <dd>{CRITERIA.map((c) => t('officer.new.weight', { criterion: t(`officer.criterion.${c}`), weight: defaults.weights[c] })).join(', ')}</dd>
            <dt>{t('officer.new.tieReach')}</dt>
            <dd>{t('officer.new.tieReachValue', { place: defaults.tieReach.placeKm, family: defaults.tieReach.familyKm })}</dd>
            <dt>{t('officer.new.linked')}</dt>
            <dd>{t(defaults.keepLinkedTogether ? 'officer.new.linkedYes' : 'officer.new.linkedNo')}</dd>
            <dt>{t('officer.new.options')}</dt>
            <dd>{t('officer.new.optionsValue', { options: defaults.maxOptions, alternatives: defaults.alternatives })}</dd>
            <dt>{t('officer.new.seed')}</dt>
            <dd>{t('officer.new.seedValue', { seed: defaults.seed })}</dd>
          </dl>
        </Fieldset>

        <div className="matching-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t('officer.new.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
