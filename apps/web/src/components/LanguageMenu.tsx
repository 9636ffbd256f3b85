import { useId } from 'react';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { LANGUAGE_NAMES, SUPPORTED_LOCALES, supportedLocale } from '../i18n/languages';
import { useLanguage, useT } from '../i18n/I18n';

/** The visible language menu: each language by its own name, with `lang` on the option so readers hear it right. */
export function LanguageMenu() {
  const { locale, setLocale } = useLanguage();
  const t = useT();
  const id = useId();
  return (
    <div className="matching-language-menu">
      <FormLabel htmlFor={id}>{t('language.label')}</FormLabel>
      <Select id={id} value={locale} onChange={(event) => setLocale(supportedLocale(event.target.value) ?? locale)}>
        {SUPPORTED_LOCALES.map((l) => (
          <SelectOption key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}
