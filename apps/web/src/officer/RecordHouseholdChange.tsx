import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Paragraph, RadioButton, Select, SelectOption, Textbox,
} from '@utrecht/component-library-react';
import { HOUSEHOLD_EVENTS, addsMember, type HouseholdEvent } from '#matching/vocabulary/household-changes.js';
import { graphql } from '../gql';
import type { HouseholdEvent as ApiHouseholdEvent, MemberRole, ProposalChangeEffect } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { FieldProblem } from '../components/FieldProblem';
import { apiProblems } from '../components/api-problems';

const RECORD = graphql(`
  mutation OfficerRecordHouseholdChange($householdId: ID!, $input: RecordHouseholdChangeInput!) {
    recordHouseholdChange(householdId: $householdId, input: $input) {
      effect
      proposalId
      household { id size homeBand members { position fullName birthYear role } }
    }
  }
`);

/** What a change (a recorded event, a split, a merge) did to the household's proposal, said to the officer. */
export const CHANGE_EFFECT_TEXT: Record<ProposalChangeEffect, MessageId> = {
  NONE: 'officer.change.effect.none',
  TOLD: 'officer.change.effect.told',
  ADJUSTED: 'officer.change.effect.adjusted',
  REVIEW: 'officer.change.effect.review',
};

/** The API's name of each event (the core's code in capitals). */
const API_EVENT: Record<HouseholdEvent, ApiHouseholdEvent> = { birth: 'BIRTH', arrival: 'ARRIVAL', departure: 'DEPARTURE', death: 'DEATH' };

/** Roles a member who arrives later may have (the household has its applicant), with their words. */
const ARRIVAL_ROLE_LABEL = {
  PARTNER: 'officer.change.role.partner',
  CHILD: 'officer.change.role.child',
  RELATIVE: 'officer.change.role.relative',
} as const satisfies Partial<Record<MemberRole, MessageId>>;
type ArrivalRole = keyof typeof ARRIVAL_ROLE_LABEL;
const ARRIVAL_ROLES = Object.keys(ARRIVAL_ROLE_LABEL) as ArrivalRole[];

/** A field of the form, as the API names it in a BAD_USER_INPUT problem. */
type Field = 'on' | 'member.birthYear' | 'member.role' | 'position';

/**
 * An officer records a change of the household after a proposal or a placement (issue 16; household-changes.ts): a
 * birth, a family member who arrived later, a member who left, or a death — on which day, and who. What it did to the
 * proposal is said after it (the municipality told; a decision waiting under Proposals when the home may no longer
 * fit). A problem the API names is shown at its field; `onRecorded` lets the page read the household again.
 */
export function RecordHouseholdChange({ householdId, members, onRecorded }: {
  householdId: string;
  members: readonly { position: number; fullName?: string | null; role: MemberRole }[];
  onRecorded: () => void;
}) {
  const t = useT();
  const id = useId();
  const today = new Date().toISOString().slice(0, 10);
  const [event, setEvent] = useState<HouseholdEvent>('birth');
  const [on, setOn] = useState(today);
  const [name, setName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [role, setRole] = useState<ArrivalRole>('CHILD');
  // nobody is chosen for the officer: who left or died is picked, never taken by default
  const [position, setPosition] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState(false);
  const [record, { data, loading, reset }] = useMutation(RECORD);
  const result = data?.recordHouseholdChange;
  const adds = addsMember(event);
  const who = (m: { position: number; fullName?: string | null }) => m.fullName ?? t('officer.household.person', { number: m.position });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(false);
    const found: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on > today) found.on = t('officer.change.problem.on');
    if (event === 'arrival' && !/^\d{4}$/.test(birthYear)) found['member.birthYear'] = t('officer.change.problem.birthYear');
    if (!adds && position === '') found.position = t('officer.change.problem.position');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const member = event === 'birth'
      ? { fullName: name.trim() || null, birthYear: Number(on.slice(0, 4)), role: 'CHILD' as const }
      : { fullName: name.trim() || null, birthYear: Number(birthYear), role };
    try {
      await record({
        variables: {
          householdId,
          input: { event: API_EVENT[event], on, ...(adds ? { member } : { position: Number(position) }) },
        },
      });
      setName('');
      setBirthYear('');
      onRecorded();
    } catch (error) {
      const named = Object.fromEntries(apiProblems(error).fields.filter((f) => ['on', 'member.birthYear', 'member.role', 'position'].includes(f.field)).map((f) => [f.field, f.message]));
      if (Object.keys(named).length > 0) setProblems(named);
      else setFailed(true);
    }
  };

  const field = (key: Field) => ({
    id: `${id}-${key}`,
    invalid: Boolean(problems[key]),
    'aria-describedby': problems[key] ? `${id}-${key}-error` : undefined,
  });
  const problem = (key: Field) => <FieldProblem id={`${id}-${key}-error`} problem={problems[key]} />;

  return (
    <section aria-labelledby={`${id}-title`} className="matching-section matching-no-print">
      <Heading2 id={`${id}-title`}>{t('officer.change.title')}</Heading2>
      <Paragraph>{t('officer.change.intro')}</Paragraph>
      {result && (
        <Alert type={result.effect === 'REVIEW' ? 'warning' : 'ok'} role="status">
          <Paragraph>{t(CHANGE_EFFECT_TEXT[result.effect], { persons: result.household.size })}</Paragraph>
        </Alert>
      )}
      <form className="matching-form" onSubmit={(e) => void submit(e)} noValidate>
        <Fieldset>
          <FieldsetLegend>{t('officer.change.what')}</FieldsetLegend>
          {HOUSEHOLD_EVENTS.map((e) => (
            <FormField key={e} type="radio">
              <RadioButton
                id={`${id}-event-${e}`}
                name={`${id}-event`}
                value={e}
                checked={event === e}
                onChange={() => {
                  setEvent(e);
                  setProblems({});
                  reset();
                }}
              />
              <FormLabel htmlFor={`${id}-event-${e}`} type="radio">
                {t(`officer.change.event.${e}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <FormField invalid={Boolean(problems.on)}>
          <FormLabel htmlFor={`${id}-on`}>{t('officer.change.on')}</FormLabel>
          {problem('on')}
          <Textbox {...field('on')} type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} />
        </FormField>
        {adds ? (
          <>
            <FormField>
              <FormLabel htmlFor={`${id}-name`}>{t('officer.change.name')}</FormLabel>
              <Textbox id={`${id}-name`} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
            </FormField>
            {event === 'arrival' && (
              <>
                <FormField invalid={Boolean(problems['member.birthYear'])}>
                  <FormLabel htmlFor={`${id}-member.birthYear`}>{t('officer.change.birthYear')}</FormLabel>
                  {problem('member.birthYear')}
                  <Textbox {...field('member.birthYear')} inputMode="numeric" value={birthYear} onChange={(e) => setBirthYear(e.target.value)} />
                </FormField>
                <FormField invalid={Boolean(problems['member.role'])}>
                  <FormLabel htmlFor={`${id}-member.role`}>{t('officer.change.role')}</FormLabel>
                  {problem('member.role')}
                  <Select {...field('member.role')} value={role} onChange={(e) => setRole(ARRIVAL_ROLES.find((r) => r === e.target.value) ?? 'CHILD')}>
                    {ARRIVAL_ROLES.map((r) => (
                      <SelectOption key={r} value={r}>
                        {t(ARRIVAL_ROLE_LABEL[r])}
                      </SelectOption>
                    ))}
                  </Select>
                </FormField>
              </>
            )}
          </>
        ) : (
          <FormField invalid={Boolean(problems.position)}>
            <FormLabel htmlFor={`${id}-position`}>{t(event === 'death' ? 'officer.change.whoDied' : 'officer.change.whoLeft')}</FormLabel>
            {problem('position')}
            <Select {...field('position')} value={position} onChange={(e) => setPosition(e.target.value)}>
              <SelectOption value="">{t('officer.change.choose')}</SelectOption>
              {members.map((m) => (
                <SelectOption key={m.position} value={String(m.position)}>
                  {who(m)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t('officer.change.failed')}</Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t('officer.change.submit')}
        </Button>
      </form>
    </section>
  );
}
