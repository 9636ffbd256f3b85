import { useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { IMPORT_COLUMNS, type ImportColumn } from '#matching/vocabulary/household-import.js';
import { graphql } from '../gql';
import type { OfficerImportHouseholdsMutation } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { useDocumentTitle } from '../components/useDocumentTitle';

const IMPORT = graphql(`
  mutation OfficerImportHouseholds($csv: String!, $dryRun: Boolean!) {
    importHouseholds(csv: $csv, dryRun: $dryRun) {
      dryRun
      rows
      households
      stored
      problems { row column message }
      problemCount
      references
    }
  }
`);

type Outcome = OfficerImportHouseholdsMutation['importHouseholds'];

/** What each column holds, in the officer's words (one text per column of the vocabulary). */
const COLUMN_HELP: Record<ImportColumn, MessageId> = {
  household: 'officer.import.col.household',
  permit_date: 'officer.import.col.permit_date',
  reception_location: 'officer.import.col.reception_location',
  urgency: 'officer.import.col.urgency',
  preferred_setting: 'officer.import.col.preferred_setting',
  care_needs: 'officer.import.col.care_needs',
  accessibility_needs: 'officer.import.col.accessibility_needs',
  full_name: 'officer.import.col.full_name',
  birth_year: 'officer.import.col.birth_year',
  role: 'officer.import.col.role',
  gender: 'officer.import.col.gender',
  education_level: 'officer.import.col.education_level',
  work_experience_years: 'officer.import.col.work_experience_years',
  professions: 'officer.import.col.professions',
  languages: 'officer.import.col.languages',
};

/**
 * Households from a CSV file (issue 13): the officer chooses a file, checks it (a dry run: every row's problems by
 * row and column, nothing stored), and only when the check found none reads in every household at once; the page
 * then says how many are on the waiting list with their case references. A file changed after its check must be
 * checked again. The columns and what each holds are explained under the form.
 */
export function ImportPage() {
  const t = useT();
  const id = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState<{ text: string; outcome: Outcome } | null>(null);
  const [stored, setStored] = useState<Outcome | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [run, { loading }] = useMutation(IMPORT);
  const result = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('officer.import.title'));

  const focusResult = () => setTimeout(() => result.current?.focus(), 0);
  const send = async (dryRun: boolean) => {
    setMessage(null);
    if (!file) {
      setMessage(t('officer.import.noFile'));
      focusResult();
      return;
    }
    if (!dryRun && checked?.text !== file.text) {
      setMessage(t('officer.import.changed'));
      focusResult();
      return;
    }
    try {
      const outcome = (await run({ variables: { csv: file.text, dryRun } })).data?.importHouseholds;
      if (!outcome) throw new Error('no answer');
      if (dryRun) setChecked({ text: file.text, outcome });
      else {
        setStored(outcome);
        setChecked(outcome.stored ? null : { text: file.text, outcome });
      }
    } catch {
      setMessage(t('officer.import.failed'));
    }
    focusResult();
  };
  const canStore = checked !== null && checked.text === file?.text && checked.outcome.problems.length === 0 && checked.outcome.households > 0;
  const shown = checked?.outcome;

  return (
    <>
      <Paragraph>
        <RouterLink to="/officer/waiting" className="utrecht-link">
          {t('nav.officer.waiting')}
        </RouterLink>
      </Paragraph>
      <Heading1>{t('officer.import.title')}</Heading1>
      <Paragraph>{t('officer.import.intro')}</Paragraph>
      <form
        className="matching-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <FormField>
          <FormLabel htmlFor={`${id}-file`}>{t('officer.import.file')}</FormLabel>
          <FormFieldDescription id={`${id}-file-hint`}>{t('officer.import.fileHint')}</FormFieldDescription>
          <input
            id={`${id}-file`}
            className="matching-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              setStored(null);
              if (!chosen) return setFile(null);
              void chosen.text().then((text) => setFile({ name: chosen.name, text }));
            }}
          />
        </FormField>
        <div className="matching-actions">
          <Button type="submit" appearance="primary-action-button" disabled={loading}>
            {t('officer.import.check')}
          </Button>
          {canStore && (
            <Button appearance="secondary-action-button" disabled={loading} onClick={() => void send(false)}>
              {t('officer.import.store')}
            </Button>
          )}
        </div>
      </form>

      <div ref={result} tabIndex={-1} className="matching-section">
        {message && (
          <Alert type="error" role="alert">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
        {stored?.stored && (
          <Alert type="ok">
            <Paragraph>{t('officer.import.stored', { count: stored.references.length })}</Paragraph>
            <Paragraph>{t('officer.import.storedRefs', { references: stored.references.join(', ') })}</Paragraph>
          </Alert>
        )}
        {shown && (
          <>
            <Paragraph>{t('officer.import.checked', { rows: shown.rows, households: shown.households })}</Paragraph>
            {shown.problems.length === 0 ? (
              <Paragraph>{t('officer.import.clean')}</Paragraph>
            ) : (
              <>
                <Alert type="warning">
                  <Paragraph>{t('officer.import.problems', { count: shown.problemCount })}</Paragraph>
                  {shown.problemCount > shown.problems.length && <Paragraph>{t('officer.import.problemsShown', { shown: shown.problems.length, count: shown.problemCount })}</Paragraph>}
                </Alert>
                <Table className="matching-table matching-table--wide">
                  <TableCaption>{t('officer.import.problemsCaption')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('officer.import.row')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('officer.import.column')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('officer.import.problem')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {shown.problems.map((p, i) => (
                      <TableRow key={`${p.row}-${p.column ?? ''}-${i}`}>
                        <TableHeaderCell scope="row">{p.row}</TableHeaderCell>
                        <TableCell>{p.column === null ? t('officer.import.wholeRow') : <code>{p.column}</code>}</TableCell>
                        <TableCell lang="en">{p.message}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </>
        )}
      </div>

      <section aria-labelledby={`${id}-columns`} className="matching-section">
        <Heading2 id={`${id}-columns`}>{t('officer.import.columnsTitle')}</Heading2>
        <Table className="matching-table matching-table--wide">
          <TableCaption>{t('officer.import.columnsCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('officer.import.columnName')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('officer.import.columnMeaning')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {IMPORT_COLUMNS.map((column) => (
              <TableRow key={column}>
                <TableHeaderCell scope="row">
                  <code>{column}</code>
                </TableHeaderCell>
                <TableCell>{t(COLUMN_HELP[column])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Paragraph>{t('officer.import.tiesLater')}</Paragraph>
      </section>
    </>
  );
}
