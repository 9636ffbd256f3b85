import { useEffect, useId, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { Locale as ApiLocale, MyProfileHistoryQuery, MyProfileQuery, PublishProfileInput } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Loading, LoadError } from '../components/PageState';
import { API_LOCALE, directionOf, languageName, SPOKEN_LANGUAGES, SUPPORTED_LOCALES, supportedLocale } from '../i18n/languages';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { TextAreaField } from '../components/TextAreaField';
import { OccupationField, type Occupation } from '../components/OccupationField';
import { LIST_ROWS_SHOWN, listRows } from './profile-lists';

/** The latest version with occupation titles (one version: the titles of 250 occupations are affordable once). */
const MY_PROFILE = graphql(`
  query MyProfile($locale: String) {
    myMunicipalityView(locale: $locale) {
      municipality {
        code
        name
        profile {
          id
          version
          publishedAt
          isDemo
          whatToExpect
          whatToExpectTranslations { locale text }
          labourMarket {
            sectors
            employersOpenToNewcomers
            shortageOccupationGroups { code title(locale: $locale) }
          }
          networks {
            buddySchemes
            selfOrganisations
            communities { language originRegion size }
          }
          services {
            accessibleHomes
            dutchLanguageCourses
            hbo
            hospital
            mbo
            mentalHealthCare
            primarySchools
            secondarySchools
            university
          }
          priorities {
            statement
            statementTranslations { locale text }
            wantedOccupationGroups { code title(locale: $locale) }
          }
        }
      }
    }
  }
`);

/** Every version, occupations as codes only (titles for each of up to 100 versions would cost too much: query-limits.ts). */
const MY_PROFILE_HISTORY = graphql(`
  query MyProfileHistory {
    myMunicipalityView {
      profileVersions {
        id
        version
        publishedAt
        whatToExpect
        whatToExpectTranslations { locale text }
        labourMarket { sectors employersOpenToNewcomers shortageOccupations }
        networks {
          buddySchemes
          selfOrganisations
          communities { language originRegion size }
        }
        services {
          accessibleHomes
          dutchLanguageCourses
          hbo
          hospital
          mbo
          mentalHealthCare
          primarySchools
          secondarySchools
          university
        }
        priorities { statement statementTranslations { locale text } wantedOccupations }
      }
    }
  }
`);

const OCCUPATION = graphql(`
  query OccupationTitle($code: String!, $locale: String) {
    occupation(code: $code) {
      code
      title(locale: $locale)
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishMyProfile($code: String!, $input: PublishProfileInput!) {
    publishMunicipalityProfile(code: $code, input: $input) {
      id
      version
    }
  }
`);

type Version = NonNullable<MyProfileQuery['myMunicipalityView']['municipality']['profile']>;
type HistoryVersion = MyProfileHistoryQuery['myMunicipalityView']['profileVersions'][number];
type Services = Omit<Version['services'], '__typename'>;
type ServiceKey = keyof Services;
/** The languages a profile's Dutch texts may be translated into: every language newcomers read but Dutch. */
type TranslationLocale = Exclude<ApiLocale, 'NL'>;
type Community = { language: string; originRegion: string; size: string };

const SERVICE_KEYS: readonly ServiceKey[] = ['dutchLanguageCourses', 'primarySchools', 'secondarySchools', 'mbo', 'hbo', 'university', 'hospital', 'mentalHealthCare', 'accessibleHomes'];
const SERVICE_LABEL: Record<ServiceKey, MessageId> = {
  accessibleHomes: 'municipality.profile.service.accessibleHomes',
  dutchLanguageCourses: 'municipality.profile.service.dutchLanguageCourses',
  hbo: 'municipality.profile.service.hbo',
  hospital: 'municipality.profile.service.hospital',
  mbo: 'municipality.profile.service.mbo',
  mentalHealthCare: 'municipality.profile.service.mentalHealthCare',
  primarySchools: 'municipality.profile.service.primarySchools',
  secondarySchools: 'municipality.profile.service.secondarySchools',
  university: 'municipality.profile.service.university',
};
const TRANSLATIONS: readonly TranslationLocale[] = SUPPORTED_LOCALES.map((l) => API_LOCALE[l]).filter((l): l is TranslationLocale => l !== 'NL');
const isTranslationLocale = (l: string): l is TranslationLocale => (TRANSLATIONS as readonly string[]).includes(l);
/** The languages a community may speak: every language the site offers but Dutch. */
const COMMUNITY_LANGUAGES = SPOKEN_LANGUAGES.filter((code) => code !== 'nl');

/** The API's limits (PublishProfileInput). */
export const EXPECT_MAX = 5000;
export const STATEMENT_MAX = 2000;

/** The form's state: everything of PublishProfileInput, as the fields hold it. */
interface Draft {
  shortageOccupations: Occupation[];
  sectors: string[];
  employers: string[];
  communities: Community[];
  selfOrganisations: string[];
  buddySchemes: string[];
  services: Services;
  whatToExpect: string;
  whatToExpectTranslations: Record<TranslationLocale, string>;
  statement: string;
  statementTranslations: Record<TranslationLocale, string>;
  wantedOccupations: Occupation[];
}

function translationsOf(list: readonly { locale: ApiLocale; text: string }[]): Record<TranslationLocale, string> {
  const out = Object.fromEntries(TRANSLATIONS.map((l) => [l, ''])) as Record<TranslationLocale, string>;
  for (const item of list) if (isTranslationLocale(item.locale)) out[item.locale] = item.text;
  return out;
}

function draftOf(v: Version | undefined): Draft {
  const services = Object.fromEntries(SERVICE_KEYS.map((k) => [k, v ? v.services[k] : false])) as Services;
  return {
    shortageOccupations: v ? v.labourMarket.shortageOccupationGroups.map((o) => ({ code: o.code, title: o.title })) : [],
    sectors: v ? [...v.labourMarket.sectors] : [],
    employers: v ? [...v.labourMarket.employersOpenToNewcomers] : [],
    communities: v ? v.networks.communities.map((c) => ({ language: c.language ?? '', originRegion: c.originRegion ?? '', size: c.size === null || c.size === undefined ? '' : String(c.size) })) : [],
    selfOrganisations: v ? [...v.networks.selfOrganisations] : [],
    buddySchemes: v ? [...v.networks.buddySchemes] : [],
    services,
    whatToExpect: v?.whatToExpect ?? '',
    whatToExpectTranslations: translationsOf(v?.whatToExpectTranslations ?? []),
    statement: v?.priorities.statement ?? '',
    statementTranslations: translationsOf(v?.priorities.statementTranslations ?? []),
    wantedOccupations: v ? v.priorities.wantedOccupationGroups.map((o) => ({ code: o.code, title: o.title })) : [],
  };
}

const filled = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s.length > 0);
const translationInput = (r: Record<TranslationLocale, string>) =>
  TRANSLATIONS.filter((l) => r[l].trim().length > 0).map((l) => ({ locale: l, text: r[l].trim() }));

function inputOf(d: Draft): PublishProfileInput {
  const statement = d.statement.trim();
  return {
    labourMarket: { shortageOccupations: d.shortageOccupations.map((o) => o.code), sectors: filled(d.sectors), employersOpenToNewcomers: filled(d.employers) },
    networks: {
      communities: d.communities
        .filter((c) => c.language || c.originRegion.trim() || c.size.trim())
        .map((c) => ({ language: c.language || null, originRegion: c.originRegion.trim() || null, size: c.size.trim() ? Number(c.size) : null })),
      selfOrganisations: filled(d.selfOrganisations),
      buddySchemes: filled(d.buddySchemes),
    },
    services: d.services,
    whatToExpect: d.whatToExpect.trim(),
    whatToExpectTranslations: translationInput(d.whatToExpectTranslations),
    priorities: {
      statement: statement || null,
      statementTranslations: statement ? translationInput(d.statementTranslations) : [],
      wantedOccupations: d.wantedOccupations.map((o) => o.code),
    },
  };
}

/**
 * "Our profile" (issue 12): the municipality edits every field of its self-profile (occupations found by title,
 * sectors, employers, communities, organisations, buddy schemes, services, what a newcomer can expect in Dutch with
 * optional translations, priorities), sees it as a newcomer reads it, publishes it as a new version after a
 * confirmation step, and reads what changed between its versions.
 */
export function ProfilePage() {
  const t = useT();
  useDocumentTitle(t('municipality.profile.title'));
  const { locale } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MY_PROFILE, { variables: { locale } });
  const history = useQuery(MY_PROFILE_HISTORY);
  const [publish, { loading: publishing }] = useMutation(PUBLISH);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const [expectError, setExpectError] = useState(false);
  const [statementError, setStatementError] = useState(false);
  const [communityErrors, setCommunityErrors] = useState<readonly number[]>([]);
  const [sendError, setSendError] = useState(false);
  const expectId = useId();
  const statementId = useId();

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const view = data.myMunicipalityView;
  const latest = view.municipality.profile ?? undefined;
  const versions = history.data?.myMunicipalityView.profileVersions ?? [];
  const known = new Map<string, string>();
  if (latest) for (const o of [...latest.labourMarket.shortageOccupationGroups, ...latest.priorities.wantedOccupationGroups]) known.set(o.code, o.title);
  const d = draft ?? draftOf(latest);
  const update = (patch: Partial<Draft>) => {
    setDraft({ ...d, ...patch });
    setPublished(null);
    // a problem shown at a field was about its old value: it goes once the field changes (checked again on publish)
    if (patch.whatToExpect !== undefined) setExpectError(false);
    if (patch.statement !== undefined) setStatementError(false);
    if (patch.communities !== undefined) setCommunityErrors([]);
  };

  const check = (): boolean => {
    const expectBad = d.whatToExpect.trim().length < 1 || d.whatToExpect.trim().length > EXPECT_MAX;
    const statementBad = d.statement.trim().length > STATEMENT_MAX;
    const badCommunities = d.communities.flatMap((c, i) => (c.size.trim() && !/^\d+$/.test(c.size.trim()) ? [i] : []));
    setExpectError(expectBad);
    setStatementError(statementBad);
    setCommunityErrors(badCommunities);
    if (expectBad) document.getElementById(expectId)?.focus();
    else if (statementBad) document.getElementById(statementId)?.focus();
    else if (badCommunities.length > 0) document.getElementById(`community-size-${badCommunities[0]}`)?.focus();
    return !expectBad && !statementBad && badCommunities.length === 0;
  };

  const send = async () => {
    setSendError(false);
    try {
      const result = await publish({ variables: { code: view.municipality.code, input: inputOf(d) } });
      await Promise.all([refetch(), history.refetch()]);
      setDraft(null);
      setConfirming(false);
      setPublished(result.data?.publishMunicipalityProfile.version ?? null);
      setTimeout(() => document.getElementById('profile-receipt')?.focus(), 0);
    } catch {
      setSendError(true);
    }
  };

  return (
    <>
      <Heading1>{t('municipality.profile.title')}</Heading1>
      <Paragraph lead>
        {latest
          ? t('municipality.profile.intro', { version: latest.version, date: new Date(latest.publishedAt) })
          : t('municipality.profile.introNone')}
      </Paragraph>
      {latest?.isDemo && <Paragraph className="matching-muted">{t('municipality.profile.demo')}</Paragraph>}

      {published !== null && (
        <Alert type="ok" role="status">
          <div id="profile-receipt" tabIndex={-1}>
            <Paragraph>{t('municipality.profile.published', { version: published })}</Paragraph>
            <Paragraph>{t('municipality.profile.publishedNext')}</Paragraph>
          </div>
        </Alert>
      )}

      <div className="matching-profile matching-section">
        <form
          className="matching-profile__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (check()) setConfirming(true);
          }}
        >
          <Fieldset className="matching-fieldset">
            <FieldsetLegend>{t('municipality.profile.expectLegend')}</FieldsetLegend>
            <TextAreaField
              id={expectId}
              label={t('municipality.profile.expectDutch')}
              hint={t('municipality.profile.expectHint', { max: EXPECT_MAX })}
              error={expectError ? t('municipality.profile.expectError', { max: EXPECT_MAX }) : null}
              lang="nl"
              dir="ltr"
              rows={6}
              value={d.whatToExpect}
              maxLength={EXPECT_MAX}
              onChange={(whatToExpect) => {
                update({ whatToExpect });
                setExpectError(false);
              }}
            />
            <TranslationFields
              name="expect"
              values={d.whatToExpectTranslations}
              max={EXPECT_MAX}
              onChange={(whatToExpectTranslations) => update({ whatToExpectTranslations })}
            />
          </Fieldset>

          <Fieldset className="matching-fieldset">
            <FieldsetLegend>{t('municipality.profile.labourLegend')}</FieldsetLegend>
            <OccupationField
              name="shortage"
              label={t('municipality.profile.shortageOccupations')}
              items={d.shortageOccupations}
              onChange={(shortageOccupations) => update({ shortageOccupations })}
            />
            <TextListField name="sectors" label={t('municipality.profile.sectors')} itemLabel="municipality.profile.sector" items={d.sectors} max={100} onChange={(sectors) => update({ sectors })} />
            <TextListField name="employers" label={t('municipality.profile.employers')} itemLabel="municipality.profile.employer" items={d.employers} max={200} onChange={(employers) => update({ employers })} />
          </Fieldset>

          <Fieldset className="matching-fieldset">
            <FieldsetLegend>{t('municipality.profile.networksLegend')}</FieldsetLegend>
            <CommunityField items={d.communities} errors={communityErrors} onChange={(communities) => update({ communities })} />
            <TextListField
              name="self-organisations"
              label={t('municipality.profile.selfOrganisations')}
              itemLabel="municipality.profile.selfOrganisation"
              items={d.selfOrganisations}
              max={200}
              onChange={(selfOrganisations) => update({ selfOrganisations })}
            />
            <TextListField name="buddy" label={t('municipality.profile.buddySchemes')} itemLabel="municipality.profile.buddyScheme" items={d.buddySchemes} max={200} onChange={(buddySchemes) => update({ buddySchemes })} />
          </Fieldset>

          <Fieldset className="matching-fieldset">
            <FieldsetLegend>{t('municipality.profile.servicesLegend')}</FieldsetLegend>
            {SERVICE_KEYS.map((k) => (
              <div key={k} className="matching-check">
                <Checkbox
                  id={`service-${k}`}
                  checked={d.services[k]}
                  onChange={(event) => update({ services: { ...d.services, [k]: event.target.checked } })}
                />
                <FormLabel htmlFor={`service-${k}`} type="checkbox">
                  {t(SERVICE_LABEL[k])}
                </FormLabel>
              </div>
            ))}
          </Fieldset>

          <Fieldset className="matching-fieldset">
            <FieldsetLegend>{t('municipality.profile.prioritiesLegend')}</FieldsetLegend>
            <TextAreaField
              id={statementId}
              label={t('municipality.profile.statement')}
              hint={t('municipality.profile.statementHint', { max: STATEMENT_MAX })}
              error={statementError ? t('municipality.profile.statementError', { max: STATEMENT_MAX }) : null}
              lang="nl"
              dir="ltr"
              rows={4}
              value={d.statement}
              maxLength={STATEMENT_MAX}
              onChange={(statement) => {
                update({ statement });
                setStatementError(false);
              }}
            />
            <TranslationFields name="statement" values={d.statementTranslations} max={STATEMENT_MAX} onChange={(statementTranslations) => update({ statementTranslations })} />
            <OccupationField
              name="wanted"
              label={t('municipality.profile.wantedOccupations')}
              items={d.wantedOccupations}
              onChange={(wantedOccupations) => update({ wantedOccupations })}
            />
          </Fieldset>

          <section aria-labelledby="profile-publish" className="matching-card">
            <Heading2 id="profile-publish">{t('municipality.profile.publishTitle')}</Heading2>
            {sendError && (
              <Alert type="error" role="alert">
                <Paragraph>{t('municipality.profile.failed')}</Paragraph>
              </Alert>
            )}
            {!confirming ? (
              <div className="matching-actions">
                <Button type="submit" appearance="primary-action-button">
                  {t('municipality.profile.publish')}
                </Button>
                {draft && (
                  <Button appearance="subtle-button" onClick={() => setDraft(null)}>
                    {t('municipality.profile.undo')}
                  </Button>
                )}
              </div>
            ) : (
              <>
                <Paragraph>{t('municipality.profile.confirm', { version: (latest?.version ?? 0) + 1 })}</Paragraph>
                <div className="matching-actions">
                  <Button appearance="primary-action-button" disabled={publishing} onClick={() => void send()}>
                    {t('municipality.profile.confirmButton')}
                  </Button>
                  <Button appearance="subtle-button" onClick={() => setConfirming(false)}>
                    {t('municipality.answer.back')}
                  </Button>
                </div>
              </>
            )}
          </section>
        </form>

        <aside aria-labelledby="profile-preview" className="matching-card matching-profile__preview">
          <Heading2 id="profile-preview">{t('municipality.profile.previewTitle')}</Heading2>
          <Paragraph className="matching-muted">{t('municipality.profile.previewIntro')}</Paragraph>
          <Preview draft={d} municipality={view.municipality.name} locale={locale} />
        </aside>
      </div>

      <section aria-labelledby="profile-history" className="matching-section">
        <Heading2 id="profile-history">{t('municipality.profile.historyTitle')}</Heading2>
        {history.loading && !history.data ? (
          <Loading />
        ) : history.error && !history.data ? (
          <LoadError onRetry={() => void history.refetch()} />
        ) : versions.length === 0 ? (
          <Paragraph>{t('municipality.profile.historyNone')}</Paragraph>
        ) : (
          <ol className="matching-history">
            {versions.map((v, i) => (
              <li key={v.id}>
                <Heading3>{t('municipality.profile.versionTitle', { version: v.version, date: new Date(v.publishedAt) })}</Heading3>
                <Changes newer={v} older={versions[i + 1]} known={known} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** Optional translations of a Dutch text into every other language newcomers read, each named in the reader's language. */
function TranslationFields({ name, values, max, onChange }: { name: string; values: Record<TranslationLocale, string>; max: number; onChange: (v: Record<TranslationLocale, string>) => void }) {
  const t = useT();
  const { locale } = useLanguage();
  return (
    <details className="matching-details" open={TRANSLATIONS.some((l) => values[l].trim().length > 0)}>
      <summary>{t('municipality.profile.translations')}</summary>
      {TRANSLATIONS.map((l) => (
        <FormField key={l}>
          <FormLabel htmlFor={`${name}-${l}`}>{t('municipality.profile.inLanguage', { language: languageName(l.toLowerCase(), locale) })}</FormLabel>
          <Textarea
            id={`${name}-${l}`}
            lang={l.toLowerCase()}
            dir={directionOf(supportedLocale(l) ?? 'nl')}
            rows={3}
            maxLength={max}
            value={values[l]}
            onChange={(event) => onChange({ ...values, [l]: event.target.value })}
          />
        </FormField>
      ))}
    </details>
  );
}

/**
 * A list of names as rows: each row a labelled field with a remove button; a button adds a row. Beyond
 * `LIST_ROWS_SHOWN` rows the rest is folded behind a button that says how many there are (adding a row unfolds).
 */
function TextListField({ name, label, itemLabel, items, max, onChange }: { name: string; label: string; itemLabel: MessageId; items: string[]; max: number; onChange: (v: string[]) => void }) {
  const t = useT();
  const [unfolded, setUnfolded] = useState(false);
  const { shown, folds } = listRows(items, unfolded);
  const add = () => {
    setUnfolded(true);
    onChange([...items, '']);
    setTimeout(() => document.getElementById(`${name}-${items.length}`)?.focus(), 0);
  };
  return (
    <div className="matching-list-field" role="group" aria-labelledby={`${name}-label`}>
      <Heading3 id={`${name}-label`}>{label}</Heading3>
      {items.length === 0 && <Paragraph className="matching-muted">{t('municipality.profile.listEmpty')}</Paragraph>}
      {shown.map((item, i) => (
        <div key={i} className="matching-row matching-row--text">
          <FormLabel htmlFor={`${name}-${i}`}>{t(itemLabel, { n: i + 1 })}</FormLabel>
          <Textbox id={`${name}-${i}`} value={item} maxLength={max} onChange={(event) => onChange(items.map((x, j) => (j === i ? event.target.value : x)))} />
          <Button
            appearance="subtle-button"
            aria-label={t('list.remove', { what: item.trim() || t(itemLabel, { n: i + 1 }) })}
            onClick={() => {
              onChange(items.filter((_, j) => j !== i));
              document.getElementById(`${name}-add`)?.focus();
            }}
          >
            {t('list.removeShort')}
          </Button>
        </div>
      ))}
      {folds && (
        <Button
          appearance="subtle-button"
          aria-expanded={unfolded}
          onClick={() => {
            setUnfolded(!unfolded);
            if (!unfolded) setTimeout(() => document.getElementById(`${name}-${LIST_ROWS_SHOWN}`)?.focus(), 0);
          }}
        >
          {unfolded ? t('municipality.profile.showFewer', { shown: LIST_ROWS_SHOWN }) : t('municipality.profile.showAll', { count: items.length })}
          <span className="matching-visually-hidden">{` (${label})`}</span>
        </Button>
      )}
      <Button id={`${name}-add`} appearance="secondary-action-button" onClick={add}>
        {t('municipality.profile.add', { what: label })}
      </Button>
    </div>
  );
}

/** Communities: language, region of origin, about how many people; rows to add and remove. */
function CommunityField({ items, errors, onChange }: { items: Community[]; errors: readonly number[]; onChange: (v: Community[]) => void }) {
  const t = useT();
  const { locale } = useLanguage();
  const set = (i: number, patch: Partial<Community>) => onChange(items.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const options = [...new Set([...COMMUNITY_LANGUAGES, ...items.map((c) => c.language).filter(Boolean)])];
  return (
    <div className="matching-list-field" role="group" aria-labelledby="communities-label">
      <Heading3 id="communities-label">{t('municipality.profile.communities')}</Heading3>
      {items.length === 0 && <Paragraph className="matching-muted">{t('municipality.profile.listEmpty')}</Paragraph>}
      {items.map((c, i) => (
        <fieldset key={i} className="matching-row matching-row--community">
          <legend className="matching-row__legend">{t('municipality.profile.community', { n: i + 1 })}</legend>
          <FormField>
            <FormLabel htmlFor={`community-language-${i}`}>{t('municipality.profile.communityLanguage')}</FormLabel>
            <Select id={`community-language-${i}`} value={c.language} onChange={(event) => set(i, { language: event.target.value })}>
              <SelectOption value="">{t('municipality.profile.communityNoLanguage')}</SelectOption>
              {options.map((code) => (
                <SelectOption key={code} value={code}>
                  {languageName(code, locale)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor={`community-region-${i}`}>{t('municipality.profile.communityRegion')}</FormLabel>
            <Textbox id={`community-region-${i}`} value={c.originRegion} maxLength={100} onChange={(event) => set(i, { originRegion: event.target.value })} />
          </FormField>
          <FormField invalid={errors.includes(i)}>
            <FormLabel htmlFor={`community-size-${i}`}>{t('municipality.profile.communitySize')}</FormLabel>
            {errors.includes(i) && (
              <FormFieldDescription id={`community-size-${i}-error`} invalid>
                {t('municipality.profile.communitySizeError')}
              </FormFieldDescription>
            )}
            <Textbox
              id={`community-size-${i}`}
              inputMode="numeric"
              className="matching-number"
              value={c.size}
              invalid={errors.includes(i)}
              aria-describedby={errors.includes(i) ? `community-size-${i}-error` : undefined}
              onChange={(event) => set(i, { size: event.target.value })}
            />
          </FormField>
          <Button
            appearance="subtle-button"
            onClick={() => {
              onChange(items.filter((_, j) => j !== i));
              document.getElementById('communities-add')?.focus();
            }}
          >
            {t('municipality.profile.removeCommunity', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        id="communities-add"
        appearance="secondary-action-button"
        onClick={() => {
          onChange([...items, { language: '', originRegion: '', size: '' }]);
          setTimeout(() => document.getElementById(`community-language-${items.length}`)?.focus(), 0);
        }}
      >
        {t('municipality.profile.addCommunity')}
      </Button>
    </div>
  );
}

/** The profile as a newcomer reads it, in the reader's language when a translation exists. */
function Preview({ draft: d, municipality, locale }: { draft: Draft; municipality: string; locale: string }) {
  const t = useT();
  const key = locale.toUpperCase();
  const pick = (original: string, translations: Record<TranslationLocale, string>) => {
    const translated = isTranslationLocale(key) ? translations[key].trim() : '';
    return translated ? { text: translated, original: false } : { text: original.trim(), original: key !== 'NL' };
  };
  const expect = pick(d.whatToExpect, d.whatToExpectTranslations);
  const statement = pick(d.statement, d.statementTranslations);
  const services = SERVICE_KEYS.filter((k) => d.services[k]);
  const sectors = filled(d.sectors);
  const employers = filled(d.employers);
  const networks = [...filled(d.selfOrganisations), ...filled(d.buddySchemes)];
  return (
    <div className="matching-preview">
      <Heading3>{t('proposal.expect.title', { municipality })}</Heading3>
      {expect.text ? (
        <>
          <Paragraph lang={expect.original ? 'nl' : undefined} dir={expect.original ? 'ltr' : undefined}>
            {expect.text}
          </Paragraph>
          {expect.original && <Paragraph className="matching-muted">{t('proposal.expect.original')}</Paragraph>}
        </>
      ) : (
        <Paragraph className="matching-muted">{t('municipality.profile.previewEmpty')}</Paragraph>
      )}
      {statement.text && (
        <>
          <Heading3>{t('municipality.profile.previewLooksFor')}</Heading3>
          <Paragraph lang={statement.original ? 'nl' : undefined} dir={statement.original ? 'ltr' : undefined}>
            {statement.text}
          </Paragraph>
        </>
      )}
      {(d.shortageOccupations.length > 0 || d.wantedOccupations.length > 0 || sectors.length > 0) && (
        <>
          <Heading3>{t('municipality.profile.previewWork')}</Heading3>
          <UnorderedList>
            {[...d.wantedOccupations, ...d.shortageOccupations.filter((o) => !d.wantedOccupations.some((w) => w.code === o.code))].map((o) => (
              <UnorderedListItem key={o.code}>{o.title}</UnorderedListItem>
            ))}
            {sectors.map((s) => (
              <UnorderedListItem key={`sector-${s}`}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
          {employers.length > 0 && <Paragraph>{t('municipality.profile.previewEmployers', { employers: employers.join(', ') })}</Paragraph>}
        </>
      )}
      {services.length > 0 && (
        <>
          <Heading3>{t('municipality.profile.previewServices')}</Heading3>
          <UnorderedList>
            {services.map((k) => (
              <UnorderedListItem key={k}>{t(SERVICE_LABEL[k])}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {(networks.length > 0 || d.communities.some((c) => c.language || c.originRegion.trim())) && (
        <>
          <Heading3>{t('municipality.profile.previewPeople')}</Heading3>
          <UnorderedList>
            {d.communities
              .filter((c) => c.language || c.originRegion.trim())
              .map((c, i) => (
                <UnorderedListItem key={`community-${i}`}>
                  {[c.language ? languageName(c.language, locale) : '', c.originRegion.trim()].filter(Boolean).join(', ')}
                </UnorderedListItem>
              ))}
            {networks.map((n) => (
              <UnorderedListItem key={`network-${n}`}>{n}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </div>
  );
}

/** Titles of occupations by code, in the reader's language: those known already, the others asked for one by one. */
function useOccupationTitles(codes: readonly string[], known: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const client = useApolloClient();
  const { locale } = useLanguage();
  const [fetched, setFetched] = useState<ReadonlyMap<string, string>>(new Map());
  const missing = codes.filter((c) => !known.has(c) && !fetched.has(c)).join(',');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    void Promise.all(
      missing.split(',').map((code) =>
        client
          .query({ query: OCCUPATION, variables: { code, locale } })
          .then((r) => [code, r.data?.occupation.title ?? ''] as const)
          .catch(() => [code, ''] as const),
      ),
    ).then((pairs) => {
      if (live) setFetched((before) => new Map([...before, ...pairs.filter(([, title]) => title)]));
    });
    return () => {
      live = false;
    };
  }, [missing, client, locale]);
  return new Map([...known, ...fetched]);
}

/** What changed from one version to the next: items added and removed per list, texts changed, services on or off. */
function Changes({ newer, older, known }: { newer: HistoryVersion; older: HistoryVersion | undefined; known: ReadonlyMap<string, string> }) {
  const t = useT();
  const { locale } = useLanguage();
  const codes = older ? [...newer.labourMarket.shortageOccupations, ...older.labourMarket.shortageOccupations, ...newer.priorities.wantedOccupations, ...older.priorities.wantedOccupations] : [];
  const titles = useOccupationTitles([...new Set(codes)], known);
  if (!older) return <Paragraph>{t('municipality.profile.firstVersion')}</Paragraph>;
  const lines: string[] = [];
  const list = (label: MessageId, a: readonly string[], b: readonly string[]) => {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    if (added.length > 0) lines.push(t('municipality.profile.changeAdded', { what: t(label), items: added.join(', ') }));
    if (removed.length > 0) lines.push(t('municipality.profile.changeRemoved', { what: t(label), items: removed.join(', ') }));
  };
  const occupationList = (label: MessageId, a: readonly string[], b: readonly string[]) => {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    const named = (cs: readonly string[]) => cs.map((c) => titles.get(c) ?? t('state.loading')).join(', ');
    if (added.length > 0) lines.push(t('municipality.profile.changeAdded', { what: t(label), items: named(added) }));
    if (removed.length > 0) lines.push(t('municipality.profile.changeRemoved', { what: t(label), items: named(removed) }));
  };
  occupationList('municipality.profile.shortageOccupations', older.labourMarket.shortageOccupations, newer.labourMarket.shortageOccupations);
  list('municipality.profile.sectors', older.labourMarket.sectors, newer.labourMarket.sectors);
  list('municipality.profile.employers', older.labourMarket.employersOpenToNewcomers, newer.labourMarket.employersOpenToNewcomers);
  const community = (c: { language?: string | null; originRegion?: string | null; size?: number | null }) =>
    [c.language ? languageName(c.language, locale) : '', c.originRegion ?? '', c.size !== null && c.size !== undefined ? t('municipality.profile.people', { count: c.size }) : '']
      .filter(Boolean)
      .join(', ');
  list('municipality.profile.communities', older.networks.communities.map(community), newer.networks.communities.map(community));
  list('municipality.profile.selfOrganisations', older.networks.selfOrganisations, newer.networks.selfOrganisations);
  list('municipality.profile.buddySchemes', older.networks.buddySchemes, newer.networks.buddySchemes);
  const on = SERVICE_KEYS.filter((k) => newer.services[k] && !older.services[k]).map((k) => t(SERVICE_LABEL[k]));
  const off = SERVICE_KEYS.filter((k) => !newer.services[k] && older.services[k]).map((k) => t(SERVICE_LABEL[k]));
  if (on.length > 0) lines.push(t('municipality.profile.changeServicesOn', { items: on.join(', ') }));
  if (off.length > 0) lines.push(t('municipality.profile.changeServicesOff', { items: off.join(', ') }));
  if (newer.whatToExpect !== older.whatToExpect) lines.push(t('municipality.profile.changeExpect'));
  const tr = (l: readonly { locale: string; text: string }[]) => JSON.stringify([...l].map((x) => [x.locale, x.text]).sort());
  if (tr(newer.whatToExpectTranslations) !== tr(older.whatToExpectTranslations)) lines.push(t('municipality.profile.changeExpectTranslations'));
  if ((newer.priorities.statement ?? '') !== (older.priorities.statement ?? '')) lines.push(t('municipality.profile.changeStatement'));
  if (tr(newer.priorities.statementTranslations) !== tr(older.priorities.statementTranslations)) lines.push(t('municipality.profile.changeStatementTranslations'));
  occupationList('municipality.profile.wantedOccupations', older.priorities.wantedOccupations, newer.priorities.wantedOccupations);
  if (lines.length === 0) return <Paragraph>{t('municipality.profile.noChange')}</Paragraph>;
  return (
    <UnorderedList>
      {lines.map((l) => (
        <UnorderedListItem key={l}>{l}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
