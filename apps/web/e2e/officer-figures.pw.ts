import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Locale } from '../src/i18n/languages';
import { ACCOUNTS, escapeRegExp, expectAccessible, gql, say, screenshot, signIn, text, tokenFor } from './support';

const FIGURES = `query($id: ID!, $locale: String) {
  run(id: $id) {
    status
    figures { householdsTotal householdsPlaced averageFit }
    statusQuo { householdsTotal householdsPlaced averageFit }
    queueHonour { band households passedOver }
    fairness { suppressed { dimension text(locale: $locale) { text } } groups { dimension label(locale: $locale) { text } households } }
    fill { municipalityCode persons personsCapacity }
  }
  municipalities { code name }
}`;

interface Figures {
  householdsTotal: number;
  householdsPlaced: number;
  averageFit: number | null;
}
interface Api {
  run: {
    status: string;
    figures: Figures;
    statusQuo: Figures | null;
    queueHonour: { band: string; households: number; passedOver: number }[];
    fairness: { suppressed: { dimension: string; text: { text: string } }[]; groups: { dimension: string; label: { text: string }; households: number }[] };
    fill: { municipalityCode: string; persons: number; personsCapacity: number }[];
  };
  municipalities: { code: string; name: string }[];
}

/** Starts a run of the round through the API and waits until it has ended; gives its id. */
async function runToEnd(request: APIRequestContext, token: string, roundId: string): Promise<string> {
  const run = (await gql(request, 'mutation($roundId: ID!) { runRound(roundId: $roundId) { id } }', { roundId }, token)).runRound as { id: string };
  await expect
    .poll(async () => (await gql(request, 'query($id: ID!) { run(id: $id) { status } }', { id: run.id }, token)).run.status, { timeout: 90_000 })
    .toBe('SUCCEEDED');
  return run.id;
}

/**
 * The figures of a run (issue 13), in Dutch and English: fit against today's practice, queue honour per home band,
 * the fairness report with its hidden groups said, and the fill of the round's municipalities on the map of the
 * Netherlands and in a table; every figure as the API has it. The charts are drawn (SVG, labelled), the site's
 * Content-Security-Policy refuses nothing they do, and the map is used with the keyboard: one tab stop, the arrows
 * go from municipality to municipality and the label follows.
 */
for (const locale of ['nl', 'en'] as Locale[]) {
  test(`an officer reads a run's figures and map (${locale})`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    const token = await tokenFor(request, ACCOUNTS.officer);
    const now = new Date();
    const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
    const name = `Figures ${locale} ${Date.now()}`;
    const round = (await gql(request, 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id } }', { input: { name, period, cohort: { limit: 40 } } }, token)).createRound as { id: string };
    const runId = await runToEnd(request, token, round.id);
    const api = (await gql(request, FIGURES, { id: runId, locale }, token)) as Api;
    const names = new Map(api.municipalities.map((m) => [m.code, m.name]));
    const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
    const number = (value: number) => new Intl.NumberFormat(locale).format(value);

    await signIn(page, locale, ACCOUNTS.officer);
    await page.goto(`/officer/rounds/${round.id}/runs/${runId}`);
    await page.getByRole('link', { name: text(locale, 'officer.review.figures') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say(locale, 'officer.figures.title', { name }));

    // today's practice against this run: households placed, with their counts
    const statusQuo = page.getByRole('table', { name: text(locale, 'officer.figures.statusQuoCaption') });
    const placedRow = statusQuo.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text(locale, 'officer.figures.placed') }) });
    const f = api.run.figures;
    await expect(placedRow.getByRole('cell').nth(0)).toHaveText(`${percent(f.householdsPlaced / f.householdsTotal)} (${say(locale, 'officer.figures.countOf', { count: f.householdsPlaced, total: f.householdsTotal })})`);
    const sq = api.run.statusQuo!;
    await expect(placedRow.getByRole('cell').nth(1)).toHaveText(`${percent(sq.householdsPlaced / sq.householdsTotal)} (${say(locale, 'officer.figures.countOf', { count: sq.householdsPlaced, total: sq.householdsTotal })})`);
    const fitRow = statusQuo.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text(locale, 'officer.figures.averageFit') }) });
    await expect(fitRow.getByRole('cell').nth(0)).toHaveText(percent(f.averageFit!));

    // the queue per home band: one row each, the households passed over
    const queue = page.getByRole('table', { name: text(locale, 'officer.figures.queue.caption') });
    await expect(queue.getByRole('row')).toHaveCount(api.run.queueHonour.length + 1);
    for (const [i, band] of api.run.queueHonour.entries()) {
      await expect(queue.getByRole('row').nth(i + 1).getByRole('cell').nth(0)).toHaveText(number(band.households));
      await expect(queue.getByRole('row').nth(i + 1).getByRole('cell').nth(3)).toHaveText(number(band.passedOver));
    }

    // fairness: every group the API shows, and what it hides said in its words
    const gender = api.run.fairness.groups.filter((g) => g.dimension === 'GENDER');
    if (gender.length > 0) {
      const table = page.getByRole('table', { name: say(locale, 'officer.figures.fairness.caption', { dimension: text(locale, 'officer.figures.dimension.GENDER') }) });
      await expect(table.getByRole('rowheader')).toHaveText(gender.map((g) => g.label.text));
    }
    for (const hidden of api.run.fairness.suppressed) await expect(page.getByText(hidden.text.text, { exact: true })).toBeVisible();

    // the charts: drawn as SVG, each labelled with its description
    const charts = page.locator('.matching-chart');
    await expect(charts.first().locator('svg')).toBeVisible();
    await expect(page.getByRole('img', { name: text(locale, 'officer.figures.statusQuoChart') })).toBeVisible();
    await expect(page.getByRole('img', { name: text(locale, 'officer.figures.queue.chart') })).toBeVisible();

    // the fill table (folded under the map): every municipality of the round, the fullest first, with its places used
    await page.getByText(say(locale, 'officer.figures.fill.tableOpen', { count: api.run.fill.length })).click();
    const fill = page.getByRole('table', { name: say(locale, 'officer.figures.fill.caption', { count: api.run.fill.length }) });
    await expect(fill.getByRole('row')).toHaveCount(api.run.fill.length + 1);
    const share = (m: { persons: number; personsCapacity: number }) => (m.personsCapacity > 0 ? m.persons / m.personsCapacity : -1);
    const fullest = [...api.run.fill].sort((a, b) => share(b) - share(a))[0];
    await expect(fill.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(percent(share(fullest)));
    const busiest = [...api.run.fill].sort((a, b) => b.persons - a.persons)[0];
    const busiestName = names.get(busiest.municipalityCode)!;
    await expect(fill.getByRole('row').filter({ has: page.getByRole('rowheader', { name: busiestName, exact: true }) }).getByRole('cell').nth(0)).toHaveText(
      say(locale, 'officer.figures.countOf', { count: busiest.persons, total: busiest.personsCapacity }),
    );

    // the map: 342 labelled municipalities, the round's with their figure, one tab stop, arrows move by name
    const map = page.getByRole('group', { name: text(locale, 'officer.figures.fill.mapTitle') });
    await expect(map.getByRole('img')).toHaveCount(342);
    const busiestLabel = say(locale, 'officer.figures.fill.label', { name: busiestName, share: percent(busiest.persons / busiest.personsCapacity), persons: busiest.persons, capacity: busiest.personsCapacity });
    await expect(map.getByRole('img', { name: busiestLabel, exact: true })).toHaveCount(1);
    await expect(map.locator('[tabindex="0"]')).toHaveCount(1);
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-figures`);

    const collator = new Intl.Collator(locale);
    const byName = [...names.entries()].sort((a, b) => collator.compare(a[1], b[1]));
    const inRound = new Set(api.run.fill.map((m) => m.municipalityCode));
    const first = byName.findIndex(([code]) => inRound.has(code));
    await map.locator('[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const [nextCode, nextName] = byName[first + 1];
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(nextName)}: `));
    if (!inRound.has(nextCode)) await expect(focused).toHaveAttribute('aria-label', say(locale, 'officer.figures.fill.outside', { name: nextName }));
    const caption = await focused.getAttribute('aria-label');
    await expect(page.locator('.matching-map__caption')).toHaveText(caption!);
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(byName[byName.length - 1][1])}: `));
    await screenshot(page, `${locale}-officer-figures-map-focus`);

    // coloured by persons placed: the municipality with the most is in the darkest step, the legend counts persons
    await page.getByLabel(text(locale, 'officer.figures.fill.byPersons')).check();
    const byPersons = page.getByRole('group', { name: text(locale, 'officer.figures.fill.mapTitlePersons') });
    await expect(byPersons.getByRole('img', { name: busiestLabel, exact: true })).toHaveClass(/matching-map__area--s4/);
    await expect(page.locator('.matching-map__legend li').first()).toHaveText(say(locale, 'officer.figures.fill.personsStep', { from: 0, to: 0 }));
    await expectAccessible(page, locale);
    await screenshot(page, `${locale}-officer-figures-map-persons`);

    // nothing the charts or the map do is refused by the site's Content-Security-Policy, and nothing else failed
    expect(refused).toEqual([]);
  });
}
