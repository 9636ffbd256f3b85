import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Heading3, Paragraph,
  RadioButton, Select, SelectOption, Textbox, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { PreferredSetting, TieKind, TieStatus } from '../gql/graphql';
import { readSession } from '../app/session';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Loading, LoadError } from '../components/PageState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { languageName } from '../i18n/languages';
import { AddMemberForm, MemberForm } from './MemberForms';
import { memberInput, ROLE_LABEL, tieInput, type StoredMember, type StoredTie } from './household-input';

const MY_HOUSEHOLD = graphql(`
  query MyHousehold($id: ID!, $locale: String) {
    household(id: $id) {
      id
      reference
      size
      preferredSetting
      preferenceWeights { labour network priorities services setting ties }
      members {
        position
        fullName
        birthYear
        role
        gender
        educationLevel
        workExperienceYears
        aspirations
        professions { code title(locale: $locale) }
        languages { language cefr }
      }
      ties { id kind municipalityCode status description firstDegree liveNear }
    }
    municipalities { code name retired }
  }
`);

const UPDATE_PREFERENCES = graphql(`
  mutation UpdateMyPreferences($id: ID!, $input: UpdatePreferencesInput!) {
    updateHouseholdPreferences(id: $id, input: $input) {
      id
      preferredSetting
      preferenceWeights { labour network priorities services setting ties }
    }
  }
`);

const CORRECT_PROFILE = graphql(`
  mutation DeclareMyTie($id: ID!, $input: CorrectProfileInput!) {
    correctHouseholdProfile(id: $id, input: $input) {
      id
      ties { id kind municipalityCode status description firstDegree liveNear }
    }
  }
`);

/** The criteria whose weight a household sets, in the order the page shows them. */
const WEIGHTS = ['labour', 'network', 'ties', 'services', 'setting', 'priorities'] as const;
type WeightName = (typeof WEIGHTS)[number];

/**
 * The weights a newcomer chooses from, with what each means (the API takes 0–5; 1 is normal). A stored weight that
 * is none of these (an officer set it) is shown as it is and kept unless the newcomer picks another.
 */
export const WEIGHT_CHOICES: readonly { value: number; label: MessageId }[] = [
  { value: 0, label: 'household.weight.0' },
  { value: 0.5, label: 'household.weight.half' },
  { value: 1, label: 'household.weight.1' },
  { value: 2, label: 'household.weight.2' },
  { value: 3, label: 'household.weight.3' },
];

const SETTINGS: readonly PreferredSetting[] = ['URBAN', 'SUBURBAN', 'RURAL', 'NO_PREFERENCE'];
const TIE_KINDS: readonly TieKind[] = ['JOB_CONTRACT', 'STUDY_PLACE', 'FAMILY', 'COMMUNITY'];
const TIE_STATUS_LABEL: Record<TieStatus, MessageId> = { DECLARED: 'household.tie.declared', VERIFIED: 'household.tie.verified' };

/**
 * "My household and preferences" (issue 12): what is registered about the household (members, professions,
 * languages, ties; no protected traits: gender and origin are not shown), the preferred setting and the weight of
 * each criterion with what a weight does, saved alone (what the form leaves unchanged stays as it is), and a tie
 * to declare (job, study place, family, community) that an officer will verify.
 */
export function HouseholdPage() {
  const t = useT();
  useDocumentTitle(t('household.title'));
  const { locale } = useLanguage();
  const householdId = readSession()?.householdId ?? '';
  const { data, loading, error, refetch } = useQuery(MY_HOUSEHOLD, { variables: { id: householdId, locale }, skip: !householdId });
  if (loading && !data) return <Loading />;
  if ((error && !data) || !data) return <LoadError onRetry={() => void refetch()} />;
  const household = data.household;
  const names = new Map(data.municipalities.map((m) => [m.code, m.name]));
  return (
    <>
      <Heading1>{t('household.title')}</Heading1>
      <Paragraph className="matching-muted">{t('standing.reference', { reference: household.reference })}</Paragraph>
      <Paragraph>
        <RouterLink to="/newcomer/data" className="utrecht-link">
          {t('household.dataLink')}
        </RouterLink>
      </Paragraph>

      <MembersSection householdId={household.id} members={household.members} ties={household.ties} languageName={(code) => languageName(code, locale)} onSaved={() => void refetch()} />

      <PreferencesForm householdId={household.id} setting={household.preferredSetting} weights={household.preferenceWeights} />

      <section aria-labelledby="ties">
        <Heading2 id="ties">{t('household.ties.title')}</Heading2>
        {household.ties.length === 0 ? (
          <Paragraph>{t('household.ties.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {household.ties.map((tie) => (
              <UnorderedListItem key={tie.id}>
                {t('household.ties.item', { kind: t(`household.tieKind.${tie.kind}`), municipality: names.get(tie.municipalityCode) ?? tie.municipalityCode, status: t(TIE_STATUS_LABEL[tie.status]) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <TieForm householdId={household.id} members={household.members} ties={household.ties} municipalities={data.municipalities.filter((m) => !m.retired)} onDeclared={() => void refetch()} />
      </section>
    </>
  );
}

/**
 * Who belongs to the household, each member with a button that opens the form to correct their details, and a form
 * to add a person. After saving, the page reads the household again and says so where the button was.
 */
function MembersSection({ householdId, members, ties, languageName, onSaved }: {
  householdId: string;
  members: readonly StoredMember[];
  ties: readonly StoredTie[];
  languageName: (code: string) => string;
  onSaved: () => void;
}) {
  const t = useT();
  /** The member being corrected (index from 0), 'add' while adding a person, or null. */
  const [editing, setEditing] = useState<number | 'add' | null>(null);
  /** What was saved last, for the receipt: the corrected member's name as it was, or that a person was added. */
  const [saved, setSaved] = useState<{ name: string; added: boolean } | null>(null);
  const nameOf = (m: StoredMember) => m.fullName ?? t('household.members.person', { number: m.position });
  const done = (editButton: string, receipt: { name: string; added: boolean }) => (ok: boolean) => {
    setEditing(null);
    if (ok) {
      setSaved(receipt);
      onSaved();
      setTimeout(() => document.getElementById('members-saved')?.focus(), 0);
    } else {
      setTimeout(() => document.getElementById(editButton)?.focus(), 0);
    }
  };
  return (
    <section aria-labelledby="members">
      <Heading2 id="members">{t('household.members.title', { count: members.length })}</Heading2>
      <Paragraph>{t('household.members.intro')}</Paragraph>
      {saved && (
        <Alert type="ok">
          <Paragraph id="members-saved" tabIndex={-1} role="status">
            {t(saved.added ? 'household.add.saved' : 'household.member.saved', { name: saved.name })}
          </Paragraph>
        </Alert>
      )}
      {members.map((m, i) => (
        <div key={m.position} className="matching-card">
          <Heading3>{nameOf(m)}</Heading3>
          <Paragraph>{t('household.members.summary', { role: t(ROLE_LABEL[m.role]), year: String(m.birthYear) })}</Paragraph>
          {m.professions.length > 0 && (
            <>
              <Paragraph className="matching-list-label">{t('household.members.professions', { count: m.professions.length })}</Paragraph>
              {/* one title per line, each isolated: an official title (Dutch / English) stays whole in a right-to-left page */}
              <ul className="matching-plain-list">
                {m.professions.map((p) => (
                  <li key={p.code}>
                    <bdi>{p.title}</bdi>
                  </li>
                ))}
              </ul>
            </>
          )}
          {m.languages.length > 0 && <Paragraph>{t('household.members.languages', { list: m.languages.map((l) => `${languageName(l.language)} (${l.cefr})`).join(', ') })}</Paragraph>}
          {m.workExperienceYears > 0 && <Paragraph>{t('household.members.experience', { years: m.workExperienceYears })}</Paragraph>}
          {editing === i ? (
            <MemberForm householdId={householdId} members={members} ties={ties} index={i} name={nameOf(m)} onDone={done(`member-${i}-edit`, { name: nameOf(m), added: false })} />
          ) : (
            <div className="matching-actions">
              <Button id={`member-${i}-edit`} appearance="secondary-action-button" disabled={editing !== null} onClick={() => { setSaved(null); setEditing(i); }}>
                {t('household.member.edit', { name: nameOf(m) })}
              </Button>
            </div>
          )}
        </div>
      ))}
      {editing === 'add' ? (
        <AddMemberForm householdId={householdId} members={members} ties={ties} onDone={done('member-add', { name: '', added: true })} />
      ) : (
        <div className="matching-actions">
          <Button id="member-add" appearance="secondary-action-button" disabled={editing !== null} onClick={() => { setSaved(null); setEditing('add'); }}>
            {t('household.add.open')}
          </Button>
        </div>
      )}
      <Paragraph className="matching-muted">{t('household.members.staff')}</Paragraph>
    </section>
  );
}

type Weights = Record<WeightName, number>;

function PreferencesForm({ householdId, setting, weights }: { householdId: string; setting: PreferredSetting; weights: Weights }) {
  const t = useT();
  const [chosenSetting, setChosenSetting] = useState(setting);
  const [chosen, setChosen] = useState<Weights>(weights);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_PREFERENCES);
  const formId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailed(false);
    // Only what changed is sent: the API keeps what is left out.
    const changedWeights = Object.fromEntries(WEIGHTS.filter((w) => chosen[w] !== weights[w]).map((w) => [w, chosen[w]]));
    try {
      await update({
        variables: {
          id: householdId,
          input: { ...(chosenSetting !== setting ? { preferredSetting: chosenSetting } : {}), ...(Object.keys(changedWeights).length ? { preferenceWeights: changedWeights } : {}) },
        },
      });
      setSaved(true);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby={`${formId}-title`}>
      <Heading2 id={`${formId}-title`}>{t('household.preferences.title')}</Heading2>
      <Paragraph>{t('household.preferences.intro')}</Paragraph>
      <form className="matching-form" onSubmit={submit} noValidate>
        <Fieldset>
          <FieldsetLegend>{t('household.setting.legend')}</FieldsetLegend>
          {SETTINGS.map((s) => (
            <FormField key={s} type="radio">
              <RadioButton id={`${formId}-${s}`} name={`${formId}-setting`} value={s} checked={chosenSetting === s} onChange={() => setChosenSetting(s)} />
              <FormLabel htmlFor={`${formId}-${s}`} type="radio">
                {t(`household.setting.${s}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('household.weights.legend')}</FieldsetLegend>
          <Paragraph>{t('household.weights.explain')}</Paragraph>
          {WEIGHTS.map((w) => {
            const choices = WEIGHT_CHOICES.some((c) => c.value === weights[w]) ? WEIGHT_CHOICES : [...WEIGHT_CHOICES, { value: weights[w], label: 'household.weight.other' as MessageId }];
            return (
              <FormField key={w}>
                <FormLabel htmlFor={`${formId}-${w}`}>{t(`household.weightFor.${w}`)}</FormLabel>
                <FormFieldDescription id={`${formId}-${w}-hint`}>{t(`household.weightHint.${w}`)}</FormFieldDescription>
                <Select id={`${formId}-${w}`} aria-describedby={`${formId}-${w}-hint`} value={String(chosen[w])} onChange={(event) => setChosen({ ...chosen, [w]: Number(event.target.value) })}>
                  {choices.map((c) => (
                    <SelectOption key={c.value} value={String(c.value)}>
                      {t(c.label, { value: c.value })}
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
            );
          })}
        </Fieldset>
        {saved && (
          <Alert type="ok" role="status">
            <Paragraph>{t('household.preferences.saved')}</Paragraph>
          </Alert>
        )}
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t('household.preferences.failed')}</Paragraph>
          </Alert>
        )}
        <div className="matching-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t('household.preferences.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function TieForm({ householdId, members, ties, municipalities, onDeclared }: { householdId: string; members: readonly StoredMember[]; ties: readonly StoredTie[]; municipalities: readonly { code: string; name: string }[]; onDeclared: () => void }) {
  const t = useT();
  const formId = useId();
  const [kind, setKind] = useState<TieKind>('JOB_CONTRACT');
  const [municipality, setMunicipality] = useState('');
  const [description, setDescription] = useState('');
  const [firstDegree, setFirstDegree] = useState(false);
  const [problem, setProblem] = useState<MessageId | null>(null);
  const [declared, setDeclared] = useState(false);
  const [correct, { loading }] = useMutation(CORRECT_PROFILE);
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDeclared(false);
    if (!municipality) {
      setProblem('household.tie.chooseMunicipality');
      document.getElementById(`${formId}-municipality`)?.focus();
      return;
    }
    setProblem(null);
    const family = kind === 'FAMILY';
    try {
      await correct({
        variables: {
          id: householdId,
          input: {
            // the members exactly as stored (the API replaces the list; a newcomer keeps every member)
            members: members.map(memberInput),
            ties: [
              ...ties.map(tieInput),
              { kind, municipalityCode: municipality, description: description.trim() || null, firstDegree: family && firstDegree, liveNear: family && firstDegree },
            ],
          },
        },
      });
      setDeclared(true);
      setMunicipality('');
      setDescription('');
      onDeclared();
    } catch (error) {
      const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
      setProblem(code === 'BAD_USER_INPUT' ? 'household.tie.refused' : 'household.tie.failed');
    }
  };

  return (
    <form className="matching-form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <Heading3 id={`${formId}-title`}>{t('household.tie.title')}</Heading3>
      <Paragraph>{t('household.tie.intro')}</Paragraph>
      <FormField>
        <FormLabel htmlFor={`${formId}-kind`}>{t('household.tie.kind')}</FormLabel>
        <Select id={`${formId}-kind`} value={kind} onChange={(event) => setKind(TIE_KINDS.find((k) => k === event.target.value) ?? 'JOB_CONTRACT')}>
          {TIE_KINDS.map((k) => (
            <SelectOption key={k} value={k}>
              {t(`household.tieKind.${k}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField invalid={problem === 'household.tie.chooseMunicipality'}>
        <FormLabel htmlFor={`${formId}-municipality`}>{t('household.tie.municipality')}</FormLabel>
        {problem === 'household.tie.chooseMunicipality' && (
          <FormFieldDescription id={`${formId}-municipality-error`} invalid>
            {t(problem)}
          </FormFieldDescription>
        )}
        <Select
          id={`${formId}-municipality`}
          value={municipality}
          invalid={problem === 'household.tie.chooseMunicipality'}
          aria-describedby={problem === 'household.tie.chooseMunicipality' ? `${formId}-municipality-error` : undefined}
          onChange={(event) => {
            setMunicipality(event.target.value);
            if (problem === 'household.tie.chooseMunicipality') setProblem(null);
          }}
        >
          <SelectOption value="">{t('household.tie.pick')}</SelectOption>
          {sorted.map((m) => (
            <SelectOption key={m.code} value={m.code}>
              {m.name}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {kind === 'FAMILY' && (
        <FormField type="checkbox">
          <input type="checkbox" id={`${formId}-first`} className="utrecht-checkbox utrecht-checkbox--html-input" checked={firstDegree} onChange={(event) => setFirstDegree(event.target.checked)} />
          <FormLabel htmlFor={`${formId}-first`} type="checkbox">
            {t('household.tie.firstDegree')}
          </FormLabel>
        </FormField>
      )}
      <FormField>
        <FormLabel htmlFor={`${formId}-description`}>{t('household.tie.description')}</FormLabel>
        <Textbox id={`${formId}-description`} value={description} maxLength={300} onChange={(event) => setDescription(event.target.value)} />
      </FormField>
      {declared && (
        <Alert type="ok" role="status">
          <Paragraph>{t('household.tie.done')}</Paragraph>
        </Alert>
      )}
      {problem && problem !== 'household.tie.chooseMunicipality' && (
        <Alert type="error" role="alert">
          <Paragraph>{t(problem)}</Paragraph>
        </Alert>
      )}
      <div className="matching-actions">
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t('household.tie.submit')}
        </Button>
      </div>
    </form>
  );
}
