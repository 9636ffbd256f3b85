import { createContext, use, useContext, useLayoutEffect, useMemo, useState, useTransition, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { directionOf, formatLocale, initialLocale, LANGUAGE_STORAGE_KEY, SITE_DEFAULT_LOCALE, type Locale } from './languages';
import { loadMessages, localesOfParts, type MessageId, type Part } from './catalogues';

interface LanguageState {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/**
 * The reader's language for the whole site: chosen as `initialLocale` says, changed by the language menu and then
 * remembered in this browser. `<html lang>` and `dir` follow it (right to left for Arabic); texts come from the
 * catalogues of this folder through react-intl (ICU messages, as the API's catalogues).
 *
 * Only the reader's language is downloaded, and of it the common texts here (`loadMessages`); a role's pages add
 * their own part with `RoleMessages`. The provider suspends until the texts are there, so it needs a `<Suspense>`
 * above it. A change of language keeps the page as it is until the new texts have arrived (a transition), then shows
 * it in the new language at once.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    initialLocale(window.location.search, localStorage.getItem(LANGUAGE_STORAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  // before the first paint, so Arabic never flashes left to right
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  }, [locale]);
  const [, startTransition] = useTransition();
  const messages = use(loadMessages(locale, ['common']));
  const state = useMemo(() => ({ locale, setLocale: (next: Locale) => startTransition(() => setLocaleState(next)) }), [locale]);
  return (
    <LanguageContext.Provider value={state}>
      <IntlProvider locale={formatLocale(locale)} messages={messages} defaultLocale="nl">
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

/**
 * A role's pages with their own texts as well as the common ones (`parts` beyond common), in the reader's language;
 * suspends until they are there (the role's `<Suspense>` shows "loading" meanwhile, and its code loads alongside).
 * When the parts do not exist in the reader's language (a member of staff who opens a page with `?lang=ti`; signing in
 * already moved them to their account's language, SignIn.tsx), the whole site changes to Dutch, so a page never mixes
 * two languages.
 */
export function RoleMessages({ parts, children }: { parts: readonly Part[]; children: ReactNode }) {
  const { locale, setLocale } = useLanguage();
  const readable = localesOfParts(parts).includes(locale);
  const shown = readable ? locale : SITE_DEFAULT_LOCALE;
  useLayoutEffect(() => {
    if (!readable) setLocale(SITE_DEFAULT_LOCALE);
  }, [readable, setLocale]);
  const messages = use(loadMessages(shown, parts));
  return (
    <IntlProvider locale={formatLocale(shown)} messages={messages} defaultLocale="nl">
      {children}
    </IntlProvider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

/** A message of the catalogues by id, with its values: `t('signIn.title')`. */
export function useT(): (id: MessageId, values?: Record<string, string | number | Date>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
