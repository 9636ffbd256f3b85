import { useId } from 'react';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { LANGUAGE_NAMES, SUPPORTED_LOCALES, supportedLocale } from '../i18n/languages';
import { useLanguage, useT } from '../i18n/I18n';
import { useRememberLanguage } from './account-settings';

/**
 * The visible language menu: each language by its own name, with `lang` on the option so readers hear it right. A
 * signed-in person's choice is also kept on their account (their e-mails are in it).
 */
export function LanguageMenu() {
  const { locale, setLocale } = useLanguage();
  const t = useT();
  const id = useId();
  const remember = useRememberLanguage();
  const choose = (value: string) => {
    const chosen = supportedLocale(value) ?? locale;
    setLocale(chosen);
    remember(chosen);
  };
  return (
    <div className="matching-language-menu">
      <FormLabel htmlFor={id}>{t('language.label')}</FormLabel>
      <Select id={id} value={locale} onChange={(event) => choose(event.target.value)}>
        {SUPPORTED_LOCALES.map((l) => (
          <SelectOption key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
