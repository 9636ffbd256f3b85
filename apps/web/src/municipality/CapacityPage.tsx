import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { graphql } from '../gql';
import { apiProblems } from '../components/api-problems';
import type { CapacityFinding, MyCapacityQuery } from '../gql/graphql';
import { useT } from '../i18n/I18n';
import type { MessageId } from '../i18n/catalogues';
import { Empty, Loading, LoadError } from '../components/PageState';
import { currentPeriod, nextPeriod, periodWords } from '../components/period';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { MAX_CAPACITY } from '#matching/vocabulary/capacity-check.js';
import { CAPACITY_FIELDS, capacityFieldOf, capacityNumbers, capacityProblems, type CapacityField, type CapacityProblem } from './capacity-input';

const MY_CAPACITY = graphql(`
  query MyCapacity {
    myMunicipalityView {
      municipality { code name }
      capacities {
        period
        isDefault
        persons
        homes1to2
        homes3to4
        homes5plus
        usedPersons
        usedHomes1to2
        usedHomes3to4
        usedHomes5plus
        warnings { code field }
      }
    }
  }
`);

const SET_CAPACITY = graphql(`
  mutation SetMyCapacity($code: String!, $period: String!, $input: SetCapacityInput!) {
    setCapacity(code: $code, period: $period, input: $input) {
      period
      persons
      homes1to2
      homes3to4
      homes5plus
      warnings { code field }
    }
  }
`);

type Capacity = MyCapacityQuery['myMunicipalityView']['capacities'][number];
type Field = CapacityField;
const FIELDS = CAPACITY_FIELDS;
const USED: Record<Field, 'usedPersons' | 'usedHomes1to2' | 'usedHomes3to4' | 'usedHomes5plus'> = {
  persons: 'usedPersons',
  homes1to2: 'usedHomes1to2',
  homes3to4: 'usedHomes3to4',
  homes5plus: 'usedHomes5plus',
};
const LABEL: Record<Field, MessageId> = {
  persons: 'municipality.capacity.persons',
  homes1to2: 'municipality.capacity.homes1to2',
  homes3to4: 'municipality.capacity.homes3to4',
  homes5plus: 'municipality.capacity.homes5plus',
};
const WARNING: Record<CapacityFinding, MessageId> = {
  PERSONS_BEYOND_HOMES: 'municipality.capacity.warning.beyondHomes',
  PERSONS_WITHOUT_HOMES: 'municipality.capacity.warning.withoutHomes',
  TOO_FEW_PERSONS: 'municipality.capacity.warning.tooFew',
};

type Figures = Record<Field, string>;

/** What open proposals and placements hold per field (zero for a period without figures). */
function heldOf(c: Capacity | undefined): Record<Field, number> {
  return { persons: c ? c[USED.persons] : 0, homes1to2: c ? c[USED.homes1to2] : 0, homes3to4: c ? c[USED.homes3to4] : 0, homes5plus: c ? c[USED.homes5plus] : 0 };
}

/**
 * "Places and homes" (issue 12): per period the person places (taakstelling) and homes per size band, with what
 * open proposals and placements hold; the figures of a period can be changed. The API's refusals are shown at the
 * field they name, its warnings under the form.
 */
export function CapacityPage() {
  const t = useT();
  useDocumentTitle(t('municipality.capacity.title'));
  const { data, loading, error, refetch } = useQuery(MY_CAPACITY);
  const [save, { loading: saving }] = useMutation(SET_CAPACITY);
  const [period, setPeriod] = useState<string | null>(null);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [otherError, setOtherError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ period: string; warnings: readonly { code: CapacityFinding }[] } | null>(null);
  const ids = { period: useId(), persons: useId(), homes1to2: useId(), homes3to4: useId(), homes5plus: useId() };
  const hintId = useId();

  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const view = data.myMunicipalityView;
  const now = currentPeriod(new Date());
  const periods = [...new Set([now, nextPeriod(now), ...view.capacities.map((c) => c.period)])].sort().reverse();
  const chosen = period ?? now;
  const current = view.capacities.find((c) => c.period === chosen);
  const shown: Figures = figures ?? {
    persons: String(current?.persons ?? 0),
    homes1to2: String(current?.homes1to2 ?? 0),
    homes3to4: String(current?.homes3to4 ?? 0),
    homes5plus: String(current?.homes5plus ?? 0),
  };

  const held = heldOf(current);
  /** A problem in the reader's words. */
  const sentence = (problem: CapacityProblem): string => {
    switch (problem.kind) {
      case 'range':
        return t('municipality.capacity.error.range', { max: problem.max });
      case 'belowHeld':
        return t('municipality.capacity.error.belowHeld', { held: problem.held });
      case 'tooFew':
        return t('municipality.capacity.error.tooFew', { least: problem.least });
    }
  };
  const showProblems = (found: Partial<Record<Field, string>>) => {
    setFieldErrors(found);
    document.getElementById(ids[FIELDS.find((f) => found[f]) ?? 'persons'])?.focus();
  };

  const submit = async () => {
    setFieldErrors({});
    setOtherError(null);
    setSaved(null);
    const numbers = capacityNumbers(shown);
    const problems = capacityProblems(numbers, held);
    if (Object.keys(problems).length > 0) {
      showProblems(Object.fromEntries(FIELDS.flatMap((f) => (problems[f] ? [[f, sentence(problems[f])]] : []))));
      return;
    }
    try {
      const result = await save({ variables: { code: view.municipality.code, period: chosen, input: numbers } });
      await refetch();
      setFigures(null);
      setSaved({ period: chosen, warnings: result.data?.setCapacity.warnings ?? [] });
      setTimeout(() => document.getElementById('capacity-receipt')?.focus(), 0);
    } catch (e) {
      // Refused anyway (figures changed meanwhile, e.g. a proposal now holds more): the rules again on what the
      // API names, with the held figures read again; what they do not explain is the API's own message.
      const found: Partial<Record<Field, string>> = {};
      const refused = apiProblems(e);
      if (refused.code !== null) {
        const again = await refetch().catch(() => null);
        const now = again?.data?.myMunicipalityView.capacities.find((c) => c.period === chosen);
        const fresh = capacityProblems(numbers, now ? heldOf(now) : held);
        for (const p of refused.fields) {
          const name = capacityFieldOf(p.field);
          if (name) found[name] = fresh[name] ? sentence(fresh[name]) : t('municipality.capacity.error.other', { message: p.message });
        }
      }
      if (Object.keys(found).length > 0) showProblems(found);
      else setOtherError(t('municipality.capacity.failed'));
    }
  };

  return (
    <>
      <Heading1>{t('municipality.capacity.title')}</Heading1>
      <Paragraph lead>{t('municipality.capacity.intro', { municipality: view.municipality.name })}</Paragraph>

      <section aria-labelledby="capacity-periods" className="matching-section">
        <Heading2 id="capacity-periods">{t('municipality.capacity.periodsTitle')}</Heading2>
        {view.capacities.length === 0 ? (
          <Empty>
            <Paragraph>{t('municipality.capacity.none')}</Paragraph>
          </Empty>
        ) : (
          view.capacities.map((c) => <CapacityTable key={c.period} capacity={c} />)
        )}
      </section>

      <section aria-labelledby="capacity-change" className="matching-card matching-section">
        <Heading2 id="capacity-change">{t('municipality.capacity.changeTitle')}</Heading2>
        {saved && (
          <Alert type="ok" role="status">
            <div id="capacity-receipt" tabIndex={-1}>
              <Paragraph>{t('municipality.capacity.saved', { period: periodWords(t, saved.period, 'sentence') })}</Paragraph>
              <Paragraph>{t('municipality.capacity.savedNext')}</Paragraph>
            </div>
          </Alert>
        )}
        {saved && saved.warnings.length > 0 && (
          <Alert type="warning">
            <Paragraph>{t('municipality.capacity.warningsTitle')}</Paragraph>
            {saved.warnings.map((w) => (
              <Paragraph key={w.code}>{t(WARNING[w.code])}</Paragraph>
            ))}
          </Alert>
        )}
        {otherError && (
          <Alert type="error" role="alert">
            <Paragraph>{otherError}</Paragraph>
          </Alert>
        )}
        {Object.keys(fieldErrors).length > 0 && (
          <Alert type="error" role="alert">
            <Paragraph>{t('municipality.capacity.refused')}</Paragraph>
          </Alert>
        )}
        <form
          className="matching-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <FormField>
            <FormLabel htmlFor={ids.period}>{t('municipality.capacity.period')}</FormLabel>
            <Select
              id={ids.period}
              value={chosen}
              onChange={(event) => {
                setPeriod(event.target.value);
                setFigures(null);
                setFieldErrors({});
                setSaved(null);
              }}
            >
              {periods.map((p) => (
                <SelectOption key={p} value={p}>
                  {periodWords(t, p)}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Paragraph id={hintId} className="matching-muted">
            {t('municipality.capacity.hint', { max: MAX_CAPACITY })}
          </Paragraph>
          {FIELDS.map((f) => {
            const errorId = `${ids[f]}-error`;
            const heldId = `${ids[f]}-held`;
            return (
              <FormField key={f} invalid={Boolean(fieldErrors[f])}>
                <FormLabel htmlFor={ids[f]}>{t(LABEL[f])}</FormLabel>
                <FormFieldDescription id={heldId}>{t('municipality.capacity.heldHint', { held: held[f] })}</FormFieldDescription>
                {fieldErrors[f] && (
                  <FormFieldDescription id={errorId} invalid>
                    {fieldErrors[f]}
                  </FormFieldDescription>
                )}
                <Textbox
                  id={ids[f]}
                  name={f}
                  inputMode="numeric"
                  className="matching-number"
                  value={shown[f]}
                  invalid={Boolean(fieldErrors[f])}
                  aria-describedby={[heldId, hintId, fieldErrors[f] ? errorId : ''].filter(Boolean).join(' ')}
                  onChange={(event) => {
                    setFigures({ ...shown, [f]: event.target.value });
                    setFieldErrors({ ...fieldErrors, [f]: undefined });
                  }}
                />
              </FormField>
            );
          })}
          <div className="matching-actions">
            <Button type="submit" appearance="primary-action-button" disabled={saving}>
              {t('municipality.capacity.save', { period: periodWords(t, chosen, 'sentence') })}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}

/** One period's figures: stated, held by proposals and placements, and still free. */
function CapacityTable({ capacity: c }: { capacity: Capacity }) {
  const t = useT();
  return (
    <>
      <Table className="matching-table">
        <TableCaption>{periodWords(t, c.period)}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('municipality.capacity.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('municipality.capacity.stated')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('municipality.capacity.used')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('municipality.capacity.free')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {FIELDS.map((f) => (
            <TableRow key={f}>
              <TableHeaderCell scope="row">{t(LABEL[f])}</TableHeaderCell>
              <TableCell className="matching-figure">{c[f]}</TableCell>
              <TableCell className="matching-figure">{c[USED[f]]}</TableCell>
              <TableCell className="matching-figure">{Math.max(0, c[f] - c[USED[f]])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {c.isDefault && <Paragraph className="matching-muted">{t('municipality.capacity.default')}</Paragraph>}
      {c.warnings.map((w) => (
        <Paragraph key={w.code} className="matching-warning">
          {t(WARNING[w.code])}
        </Paragraph>
      ))}
    </>
  );
}
