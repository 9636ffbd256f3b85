import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import {
  Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading3, Paragraph, Select, SelectOption, Textbox,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { languageName, SPOKEN_LANGUAGES } from '../i18n/languages';
import { OccupationField } from '../components/OccupationField';
import { withoutProblems } from '../components/problems';
import { CEFR_LEVELS } from '#matching/vocabulary/cefr.js';
import {
  ADDED_ROLES, ASPIRATIONS, EDUCATION_LEVELS, MAX_EXPERIENCE_YEARS, MEMBER_FIELDS, correctedMember, draftOf, memberInput, memberProblems,
  newMemberInput, newMemberProblems, problemsFromApi, refusedFields, ROLE_LABEL, tieInput,
  type MemberDraft, type MemberProblems, type NewMemberDraft, type NewMemberField, type StoredMember, type StoredTie,
} from './household-input';

const CORRECT_MEMBERS = graphql(`
  mutation CorrectMyMembers($id: ID!, $input: CorrectProfileInput!) {
    correctHouseholdProfile(id: $id, input: $input) {
      id
      size
    }
  }
`);

/** The API's refusal as field names, or null when the answer was no refusal of input (a network fault, a conflict…). */
function refusal(error: unknown): { field: string }[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const fields = error.errors.flatMap((e) => refusedFields(e.extensions));
  return error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? fields : null;
}

/** One field's problem under its label, linked to the control by `aria-describedby`. */
function Problem({ id, message }: { id: string; message: MessageId | undefined }) {
  const t = useT();
  return message ? (
    <FormFieldDescription id={id} invalid>
      {t(message)}
    </FormFieldDescription>
  ) : null;
}

/** The end of both member forms: what went wrong when saving, then save and cancel. */
function FormEnd({ failed, submit, sending, onCancel }: { failed: MessageId | null; submit: MessageId; sending: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t(failed)}</Paragraph>
        </Alert>
      )}
      <div className="matching-actions">
        <Button type="submit" appearance="primary-action-button" disabled={sending}>
          {t(submit)}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('household.member.cancel')}
        </Button>
      </div>
    </>
  );
}

/**
 * The form that corrects one member's details (issue 12, "correct what the API allows"): name, professions (found by
 * title), languages with their level, years of work experience, education and what the member wants to do. Birth year
 * and role come from the residence permit and are only shown. Every member and tie is sent, the others as stored
 * (`correctHouseholdProfile` replaces the lists). Problems are named at their field, before sending and from the API.
 */
export function MemberForm({ householdId, members, ties, index, name, onDone }: {
  householdId: string;
  members: readonly StoredMember[];
  ties: readonly StoredTie[];
  /** Which member, counted from 0 (the API's `members[index]`). */
  index: number;
  /** How the page calls the member (their name, or "Person 2"). */
  name: string;
  /** Called after saving (`saved` true) or cancelling. */
  onDone: (saved: boolean) => void;
}) {
  const t = useT();
  const { locale } = useLanguage();
  const id = useId();
  const stored = members[index];
  const [draft, setDraft] = useState<MemberDraft>(() => draftOf(stored));
  const [problems, setProblems] = useState<MemberProblems>({});
  const [failed, setFailed] = useState<MessageId | null>(null);
  const [correct, { loading }] = useMutation(CORRECT_MEMBERS);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (patch: Partial<MemberDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems((p) => withoutProblems(p, Object.keys(patch)));
  };
  const fieldId = (field: string) => `${id}-${field}`;
  const problemId = (field: string) => `${id}-${field}-problem`;
  const describedBy = (field: keyof MemberProblems, hint?: string) => [hint, problems[field] ? problemId(field) : undefined].filter(Boolean).join(' ') || undefined;
  const focusFirstProblem = (found: MemberProblems) => {
    const field = MEMBER_FIELDS.find((f) => found[f]);
    if (field) document.getElementById(field === 'professions' ? `${id}-professions-search` : field === 'aspirations' ? `${fieldId('aspirations')}-0` : field === 'languages' ? fieldId('languages-add') : fieldId(field))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const found = memberProblems(stored, draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirstProblem(found);
      return;
    }
    try {
      await correct({
        variables: {
          id: householdId,
          input: { members: members.map((m, i) => (i === index ? correctedMember(stored, draft) : memberInput(m))), ties: ties.map(tieInput) },
        },
      });
      onDone(true);
    } catch (error) {
      const fields = refusal(error);
      const fromApi = fields ? problemsFromApi(fields, index) : null;
      if (fromApi) {
        setProblems(fromApi);
        focusFirstProblem(fromApi);
      } else {
        setFailed(fields ? 'household.member.refused' : 'household.member.failed');
      }
    }
  };

  const languageChoices = [...new Set([...SPOKEN_LANGUAGES, ...draft.languages.map((l) => l.language).filter(Boolean)])]
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const storedEducation = stored.educationLevel !== null && stored.educationLevel !== undefined;

  return (
    <form className="matching-form matching-member-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{t('household.member.formTitle', { name })}</Heading3>
      <Paragraph className="matching-muted">{t('household.member.permit')}</Paragraph>

      <FormField invalid={Boolean(problems.fullName)}>
        <FormLabel htmlFor={fieldId('fullName')}>{t('household.member.fullName')}</FormLabel>
        <Problem id={problemId('fullName')} message={problems.fullName} />
        <Textbox
          ref={first}
          id={fieldId('fullName')}
          value={draft.fullName}
          maxLength={200}
          autoComplete="off"
          invalid={Boolean(problems.fullName)}
          aria-describedby={describedBy('fullName')}
          onChange={(event) => set({ fullName: event.target.value })}
        />
      </FormField>

      <div className={problems.professions ? 'matching-invalid-group' : undefined}>
        <Problem id={problemId('professions')} message={problems.professions} />
        <OccupationField name={`${id}-professions`} label={t('household.member.professions')} searchFor={name} items={draft.professions} onChange={(professions) => set({ professions })} />
      </div>

      <Fieldset invalid={Boolean(problems.languages)} aria-describedby={problems.languages ? problemId('languages') : undefined}>
        <FieldsetLegend>{t('household.member.languages')}</FieldsetLegend>
        <Problem id={problemId('languages')} message={problems.languages} />
        {draft.languages.length === 0 && <Paragraph className="matching-muted">{t('household.member.noLanguages')}</Paragraph>}
        {draft.languages.map((l, i) => (
          <fieldset key={i} className="matching-row matching-row--language">
            <legend className="matching-row__legend">{t('household.member.languageNumber', { n: i + 1 })}</legend>
            <FormField>
              <FormLabel htmlFor={fieldId(`language-${i}`)}>{t('household.member.language')}</FormLabel>
              <Select id={fieldId(`language-${i}`)} value={l.language} onChange={(event) => set({ languages: draft.languages.map((x, j) => (j === i ? { ...x, language: event.target.value } : x)) })}>
                <SelectOption value="">{t('household.member.pickLanguage')}</SelectOption>
                {languageChoices.map((c) => (
                  <SelectOption key={c.code} value={c.code}>
                    {c.name}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={fieldId(`level-${i}`)}>{t('household.member.level')}</FormLabel>
              <Select id={fieldId(`level-${i}`)} value={l.cefr} onChange={(event) => set({ languages: draft.languages.map((x, j) => (j === i ? { ...x, cefr: event.target.value } : x)) })}>
                {CEFR_LEVELS.map((level) => (
                  <SelectOption key={level} value={level}>
                    {t(`household.cefr.${level}`)}
                  </SelectOption>
                ))}
              </Select>
              <ChosenText text={chosenLabel(CEFR_LEVELS, l.cefr, (level) => t(`household.cefr.${level}`))} />
            </FormField>
            <Button
              appearance="subtle-button"
              aria-label={t('list.remove', { what: l.language ? languageName(l.language, locale) : t('household.member.languageNumber', { n: i + 1 }) })}
              onClick={() => {
                set({ languages: draft.languages.filter((_, j) => j !== i) });
                document.getElementById(fieldId('languages-add'))?.focus();
              }}
            >
              {t('list.removeShort')}
            </Button>
          </fieldset>
        ))}
        <Button
          id={fieldId('languages-add')}
          appearance="secondary-action-button"
          onClick={() => {
            const n = draft.languages.length;
            set({ languages: [...draft.languages, { language: '', cefr: 'A1' }] });
            setTimeout(() => document.getElementById(fieldId(`language-${n}`))?.focus(), 0);
          }}
        >
          {t('household.member.addLanguage')}
        </Button>
      </Fieldset>

      <FormField invalid={Boolean(problems.workExperienceYears)}>
        <FormLabel htmlFor={fieldId('workExperienceYears')}>{t('household.member.years')}</FormLabel>
        <FormFieldDescription id={`${id}-years-hint`}>{t('household.member.yearsHint', { max: MAX_EXPERIENCE_YEARS })}</FormFieldDescription>
        <Problem id={problemId('workExperienceYears')} message={problems.workExperienceYears} />
        <Textbox
          id={fieldId('workExperienceYears')}
          inputMode="numeric"
          value={draft.workExperienceYears}
          maxLength={2}
          invalid={Boolean(problems.workExperienceYears)}
          aria-describedby={describedBy('workExperienceYears', `${id}-years-hint`)}
          onChange={(event) => set({ workExperienceYears: event.target.value })}
        />
      </FormField>

      <FormField invalid={Boolean(problems.educationLevel)}>
        <FormLabel htmlFor={fieldId('educationLevel')}>{t('household.member.education')}</FormLabel>
        <Problem id={problemId('educationLevel')} message={problems.educationLevel} />
        <Select id={fieldId('educationLevel')} value={draft.educationLevel} invalid={Boolean(problems.educationLevel)} aria-describedby={describedBy('educationLevel')} onChange={(event) => set({ educationLevel: event.target.value })}>
          {!storedEducation && <SelectOption value="">{t('household.education.unknown')}</SelectOption>}
          {EDUCATION_LEVELS.map((level) => (
            <SelectOption key={level} value={String(level)}>
              {t(`household.education.${level}`)}
            </SelectOption>
          ))}
        </Select>
        <ChosenText text={chosenLabel(EDUCATION_LEVELS, draft.educationLevel, (level) => t(`household.education.${level}`))} />
      </FormField>

      <Fieldset invalid={Boolean(problems.aspirations)} aria-describedby={problems.aspirations ? problemId('aspirations') : undefined}>
        <FieldsetLegend>{t('household.member.aspirations')}</FieldsetLegend>
        <Problem id={problemId('aspirations')} message={problems.aspirations} />
        {ASPIRATIONS.map((a, i) => (
          <FormField key={a} type="checkbox">
            <Checkbox
              id={`${fieldId('aspirations')}-${i}`}
              checked={draft.aspirations.includes(a)}
              onChange={(event) => set({ aspirations: event.target.checked ? ASPIRATIONS.filter((x) => x === a || draft.aspirations.includes(x)) : draft.aspirations.filter((x) => x !== a) })}
            />
            <FormLabel htmlFor={`${fieldId('aspirations')}-${i}`} type="checkbox">
              {t(`household.aspiration.${a}`)}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>

      <FormEnd failed={failed} submit="household.member.save" sending={loading} onCancel={() => onDone(false)} />
    </form>
  );
}

/**
 * Adding a person to the household (a baby born, a partner or relative who joined): name, birth year and role. The
 * API keeps the members before in their order and adds the person after them; an officer sees it in the household's
 * history, and the household's size (so the homes that fit) changes with it.
 */
export function AddMemberForm({ householdId, members, ties, onDone }: {
  householdId: string;
  members: readonly StoredMember[];
  ties: readonly StoredTie[];
  onDone: (saved: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<NewMemberDraft>({ fullName: '', birthYear: '', role: 'CHILD' });
  const [problems, setProblems] = useState<Partial<Record<NewMemberField, MessageId>>>({});
  const [failed, setFailed] = useState<MessageId | null>(null);
  const [correct, { loading }] = useMutation(CORRECT_MEMBERS);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const thisYear = new Date().getFullYear();
  const fields: readonly NewMemberField[] = ['fullName', 'birthYear', 'role'];
  const set = (patch: Partial<NewMemberDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems((p) => withoutProblems(p, Object.keys(patch)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const found = newMemberProblems(draft, thisYear);
    setProblems(found);
    const firstProblem = fields.find((f) => found[f]);
    if (firstProblem) {
      document.getElementById(`${id}-${firstProblem}`)?.focus();
      return;
    }
    try {
      await correct({ variables: { id: householdId, input: { members: [...members.map(memberInput), newMemberInput(draft)], ties: ties.map(tieInput) } } });
      onDone(true);
    } catch (error) {
      const refused = refusal(error);
      // the new person is members[n]; what the API names there is shown at the field, anything else in general
      const at = refused?.map((f) => new RegExp(`members\\[${members.length}\\]\\.(fullName|birthYear|role)`).exec(f.field)?.[1]).find(Boolean);
      const field = fields.find((f) => f === at);
      if (field) {
        setProblems({ [field]: `household.add.problem.${field}` });
        document.getElementById(`${id}-${field}`)?.focus();
      } else {
        setFailed(refused ? 'household.add.refused' : 'household.member.failed');
      }
    }
  };

  return (
    <form className="matching-form matching-card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{t('household.add.title')}</Heading3>
      <Paragraph>{t('household.add.intro')}</Paragraph>
      <FormField invalid={Boolean(problems.fullName)}>
        <FormLabel htmlFor={`${id}-fullName`}>{t('household.member.fullName')}</FormLabel>
        <Problem id={`${id}-fullName-problem`} message={problems.fullName} />
        <Textbox
          ref={first}
          id={`${id}-fullName`}
          value={draft.fullName}
          maxLength={200}
          autoComplete="off"
          invalid={Boolean(problems.fullName)}
          aria-describedby={problems.fullName ? `${id}-fullName-problem` : undefined}
          onChange={(event) => set({ fullName: event.target.value })}
        />
      </FormField>
      <FormField invalid={Boolean(problems.birthYear)}>
        <FormLabel htmlFor={`${id}-birthYear`}>{t('household.add.birthYear')}</FormLabel>
        <FormFieldDescription id={`${id}-birthYear-hint`}>{t('household.add.birthYearHint', { year: String(thisYear) })}</FormFieldDescription>
        <Problem id={`${id}-birthYear-problem`} message={problems.birthYear} />
        <Textbox
          id={`${id}-birthYear`}
          inputMode="numeric"
          value={draft.birthYear}
          maxLength={4}
          autoComplete="off"
          invalid={Boolean(problems.birthYear)}
          aria-describedby={[`${id}-birthYear-hint`, problems.birthYear ? `${id}-birthYear-problem` : ''].filter(Boolean).join(' ')}
          onChange={(event) => set({ birthYear: event.target.value })}
        />
      </FormField>
      <FormField invalid={Boolean(problems.role)}>
        <FormLabel htmlFor={`${id}-role`}>{t('household.add.role')}</FormLabel>
        <Problem id={`${id}-role-problem`} message={problems.role} />
        <Select id={`${id}-role`} value={draft.role} aria-describedby={problems.role ? `${id}-role-problem` : undefined} onChange={(event) => set({ role: ADDED_ROLES.find((r) => r === event.target.value) ?? 'CHILD' })}>
          {ADDED_ROLES.map((role) => (
            <SelectOption key={role} value={role}>
              {t(ROLE_LABEL[role])}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormEnd failed={failed} submit="household.add.submit" sending={loading} onCancel={() => onDone(false)} />
    </form>
  );
}

/** The label of the chosen value of a select (values as the select holds them, strings), or null when none is chosen. */
function chosenLabel<V extends string | number>(values: readonly V[], chosen: string, label: (value: V) => string): string | null {
  const value = values.find((v) => String(v) === chosen);
  return value === undefined ? null : label(value);
}

/**
 * The chosen option's whole text under a select, on a phone only (theme.css): a select cannot wrap, and at 390 px it
 * cut "B1: de meeste situaties van elke dag" mid-word. Hidden from assistive technology, which reads the select's own
 * text in full.
 */
function ChosenText({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Paragraph className="matching-chosen" aria-hidden="true">
      {text}
    </Paragraph>
  );
}
