import { Suspense, use, useId, useMemo } from 'react';
import { IntlProvider } from 'react-intl';
import QRCode from 'qrcode';
import { Button, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';
import { loadMessages } from '../i18n/catalogues';
import { directionOf, formatLocale, LANGUAGE_NAMES, SUPPORTED_LOCALES, supportedLocale, type Locale } from '../i18n/languages';
import { Loading } from './PageState';
import { isolated } from './bidi';

/**
 * The choice of the language a letter is written in: each language by its own name (`lang` on the option), of
 * `locales` (default: every language; a letter to staff offers the staff's languages, as their pages exist in those).
 */
export function LetterLanguageField({ label, hint, value, onChange, locales = SUPPORTED_LOCALES }: {
  label: string;
  hint?: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  locales?: readonly Locale[];
}) {
  const id = useId();
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      <Select id={id} aria-describedby={hint ? `${id}-hint` : undefined} value={value} onChange={(event) => onChange(locales.find((l) => l === supportedLocale(event.target.value)) ?? value)}>
        {locales.map((l) => (
          <SelectOption key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

/** An access code as the API gave it (`IssuedAccessCode`): shown once, to be printed or sent. */
export interface IssuedLetter {
  readonly code: string;
  readonly path: string;
  readonly purpose: 'INVITATION' | 'PASSWORD_RESET';
  readonly role: 'NEWCOMER' | 'MUNICIPALITY';
  readonly expiresAt: string;
  readonly householdReference?: string | null;
  readonly municipalityName?: string | null;
  readonly email?: string | null;
}

/**
 * The letter with an access code (issue 16, "Getting in"), in the language of the person it is for (`locale`), not
 * the reader's: its texts are the common catalogue's `letter.*` of that language. It says what the code does, the
 * link and a QR code to the welcome page, the code itself, until when it works, and to keep it private. A button
 * prints the letter alone (theme.css hides the rest of the page in print).
 */
export function AccessLetter({ letter, locale }: { letter: IssuedLetter; locale: Locale }) {
  const t = useT();
  return (
    <div className="matching-letter-block">
      <Button appearance="secondary-action-button" className="matching-no-print" onClick={() => window.print()}>
        {t('letter.print')}
      </Button>
      <Suspense fallback={<Loading />}>
        <LetterIn letter={letter} locale={locale} />
      </Suspense>
    </div>
  );
}

function LetterIn({ letter, locale }: { letter: IssuedLetter; locale: Locale }) {
  const messages = use(loadMessages(locale, ['common']));
  return (
    <IntlProvider locale={formatLocale(locale)} messages={messages} defaultLocale="nl">
      <LetterText letter={letter} locale={locale} />
    </IntlProvider>
  );
}

function LetterText({ letter, locale }: { letter: IssuedLetter; locale: Locale }) {
  const t = useT();
  const url = `${window.location.origin}${letter.path}`;
  const reset = letter.purpose === 'PASSWORD_RESET';
  const staff = letter.role === 'MUNICIPALITY';
  return (
    <article className="matching-letter" lang={locale} dir={directionOf(locale)} aria-labelledby="letter-title">
      <Heading2 id="letter-title">{t(reset ? 'letter.titleReset' : staff ? 'letter.titleStaff' : 'letter.title')}</Heading2>
      {letter.householdReference && <Paragraph>{t('letter.reference', { reference: isolated(letter.householdReference) })}</Paragraph>}
      {staff && letter.municipalityName && <Paragraph>{t('letter.staffFor', { municipality: letter.municipalityName })}</Paragraph>}
      <Paragraph>{t(reset ? 'letter.whatReset' : staff ? 'letter.whatStaff' : 'letter.what')}</Paragraph>
      <div className="matching-letter__go">
        <QrCode text={url} label={t('letter.qrLabel')} />
        <div>
          <Paragraph>{t('letter.goTo')}</Paragraph>
          <Paragraph className="matching-letter__url">
            <bdi dir="ltr">{url}</bdi>
          </Paragraph>
          <Paragraph>{t('letter.codeLabel')}</Paragraph>
          <Paragraph className="matching-letter__code">
            <bdi dir="ltr">{letter.code}</bdi>
          </Paragraph>
        </div>
      </div>
      <Paragraph>{t('letter.until', { date: new Date(letter.expiresAt) })}</Paragraph>
      <Paragraph>{reset && letter.email ? t('letter.nextReset', { email: isolated(letter.email) }) : staff && letter.email ? t('letter.nextStaff', { email: isolated(letter.email) }) : t('letter.next')}</Paragraph>
      <Paragraph>
        <strong>{t('letter.private')}</strong>
      </Paragraph>
      <Paragraph>{t(staff ? 'letter.questionsStaff' : 'letter.questions')}</Paragraph>
    </article>
  );
}

/**
 * A QR code of `text` as SVG drawn here from qrcode's module matrix (error correction M: a printed letter may get
 * creased), one path of dark squares with a quiet zone of 4 modules, as ISO/IEC 18004 asks. An image with `label`.
 */
function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y += 1) {
      for (let x = 0; x < modules.size; x += 1) if (modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return { size: modules.size + 8, path: d };
  }, [text]);
  return (
    <svg className="matching-letter__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
