import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Button, FormField, FormFieldDescription, FormLabel, Heading3, Paragraph, Textbox } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { useLanguage, useT } from '../i18n/I18n';

/** An ISCO-08 occupation as a form holds it: its code (what the API stores) and its title in the reader's language. */
export type Occupation = { code: string; title: string };

const SEARCH_OCCUPATIONS = graphql(`
  query SearchOccupations($search: String!, $locale: String) {
    occupations(search: $search, limit: 10) {
      code
      title(locale: $locale)
    }
  }
`);

/**
 * Occupations chosen by searching their title (ISCO-08 under the hood; the reader sees titles only). `name` prefixes
 * the ids (the search box is `<name>-search`), `label` heads the group, `searchFor` ends the search box's label
 * ("Find a profession for: …"; the group's label when left out).
 */
export function OccupationField({ name, label, searchFor, items, onChange }: { name: string; label: string; searchFor?: string; items: Occupation[]; onChange: (v: Occupation[]) => void }) {
  const t = useT();
  const { locale } = useLanguage();
  const [search, setSearch] = useState('');
  const [find, { data, loading, called, error }] = useLazyQuery(SEARCH_OCCUPATIONS);
  const hint = `${name}-search-hint`;
  const results = (data?.occupations ?? []).filter((o) => !items.some((i) => i.code === o.code));
  const run = () => {
    if (search.trim().length > 0) void find({ variables: { search: search.trim(), locale } });
  };
  return (
    <div className="matching-list-field" role="group" aria-labelledby={`${name}-label`}>
      <Heading3 id={`${name}-label`}>{label}</Heading3>
      {items.length === 0 ? (
        <Paragraph className="matching-muted">{t('occupation.none')}</Paragraph>
      ) : (
        <ul className="matching-chosen">
          {items.map((o) => (
            <li key={o.code} className="matching-row matching-row--chosen">
              <span>{o.title}</span>
              <Button
                appearance="subtle-button"
                aria-label={t('list.remove', { what: o.title })}
                onClick={() => {
                  onChange(items.filter((x) => x.code !== o.code));
                  document.getElementById(`${name}-search`)?.focus();
                }}
              >
                {t('list.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="matching-search">
        <FormField>
          <FormLabel htmlFor={`${name}-search`}>{t('occupation.search', { what: searchFor ?? label })}</FormLabel>
          <FormFieldDescription id={hint}>{t('occupation.searchHint')}</FormFieldDescription>
          <Textbox
            id={`${name}-search`}
            type="search"
            value={search}
            aria-describedby={hint}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                run();
              }
            }}
          />
        </FormField>
        <Button appearance="secondary-action-button" onClick={run}>
          {t('occupation.find')}
        </Button>
      </div>
      <div aria-live="polite">
        {loading && <Paragraph className="matching-muted">{t('state.loading')}</Paragraph>}
        {error && <Paragraph>{t('occupation.error')}</Paragraph>}
        {called && !loading && !error && data && (
          data.occupations.length === 0 ? (
            <Paragraph>{t('occupation.noResults', { search: search.trim() })}</Paragraph>
          ) : results.length === 0 ? null : (
            <ul className="matching-results" aria-label={t('occupation.results', { count: results.length })}>
              {results.map((o) => (
                <li key={o.code}>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      onChange([...items, { code: o.code, title: o.title }]);
                      document.getElementById(`${name}-search`)?.focus();
                    }}
                  >
                    {t('occupation.add', { what: o.title })}
                  </Button>
                </li>
              ))}
            </ul>
          )
        )}
      </div>
    </div>
  );
}

