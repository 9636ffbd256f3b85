import { useId } from 'react';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { LANGUAGE_NAMES, supportedLocale } from '../i18n/languages';
import { localesOfRolePages } from '../i18n/catalogues';
import { useLanguage, useT } from '../i18n/I18n';
import { readSession } from '../app/session';
import { useRememberLanguage } from './account-settings';

/**
 * The visible language menu: each language by its own name, with `lang` on the option so readers hear it right. It
 * offers the languages the signed-in role's pages exist in (every language before signing in and for newcomers; the
 * four of the staff's pages for staff). A signed-in person's choice is also kept on their account (their e-mails are
 * in it).
 */
export function LanguageMenu() {
  const { locale, setLocale } = useLanguage();
  const t = useT();
  const id = useId();
  const remember = useRememberLanguage();
  const offered = localesOfRolePages(readSession()?.role);
  const choose = (value: string) => {
    const chosen = offered.find((l) => l === supportedLocale(value)) ?? locale;
    setLocale(chosen);
    remember(chosen);
  };
  return (
    <div className="matching-language-menu">
      <FormLabel htmlFor={id}>{t('language.label')}</FormLabel>
      <Select id={id} value={locale} onChange={(event) => choose(event.target.value)}>
        {offered.map((l) => (
          <SelectOption key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
