/**
 * The newcomer as a reader (issue 11): their waiting status and their household, in nl, en, ar and uk, every text
 * readable (`unreadableAll`), every number meaning what the sentence says; and the household fixes that go with it —
 * a partial preference update, what a newcomer may correct (audited, shown to officers), members numbered from 1,
 * and the officers' household list in queue order with each household's position.
 */
import { render, SUPPORTED_LOCALES, type Locale } from '#matching/messages/index.js';
import { WAITING_CATALOGUE, type WaitingCode } from '#matching/waiting/index.js';
import { errorCode, startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { newHousehold, newNewcomerSession, newPublishedRound, required, type NewHousehold } from './support/factories.js';
import { unreadableAll } from './support/readable.js';

const LOCALES: readonly Locale[] = SUPPORTED_LOCALES;
const STATEMENT = 'code text locale missing params';
const STATUS = `query($l: String) { myWaitingStatus(locale: $l) {
  reference status locale position ofTotal aheadSameBand
  statusText { ${STATEMENT} } rule { ${STATEMENT} } positionText { ${STATEMENT} } change { ${STATEMENT} }
  estimate { roundsLow roundsHigh monthsLow monthsHigh similarPlacedPerRound aheadOfYou roundsObserved fittingMunicipalities
    summary { ${STATEMENT} } basis { ${STATEMENT} } notAPromise { ${STATEMENT} } fittingText { ${STATEMENT} } drivers { ${STATEMENT} } }
  othersWentFirst { ${STATEMENT} }
  lastRound { unplaced { ${STATEMENT} } othersFirst { ${STATEMENT} } } } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { id reference size queuePosition preferredSetting
  preferenceWeights { labour setting network services ties priorities }
  members { position fullName birthYear role professions { code } languages { language cefr } }
  ties { kind municipalityCode status } } }`;
const CORRECT = 'mutation($id: ID!, $input: CorrectProfileInput!) { correctHouseholdProfile(id: $id, input: $input) { id members { position fullName professions { code } } ties { kind municipalityCode status } } }';

interface Statement { code: string; text: string; locale: string; missing: boolean; params: Record<string, unknown> }

/** Every statement in a response, wherever it sits. */
function statements(value: unknown): Statement[] {
  if (Array.isArray(value)) return value.flatMap(statements);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.code === 'string' && typeof v.text === 'string') return [v as unknown as Statement];
    return Object.values(v).flatMap(statements);
  }
  return [];
}

/** The municipality names the texts may contain (they are names, not English). */
async function municipalityNames(t: TestApp, token: string): Promise<string[]> {
  return required<{ name: string }[]>(await t.gql('{ municipalities { name } }', {}, token), 'municipalities').map((m) => m.name);
}

/** BAD_USER_INPUT's fields, by name. */
const fieldsOf = (response: GraphQLResponse): string[] => ((response.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('the newcomer reads their waiting status and household', () => {
  let t: TestApp;
  let officer: string;
  let names: string[];
  /** Registered before any round: one adult; a household of 7 (homes for 5 or more). */
  let single: NewHousehold;
  let large: NewHousehold;
  let singleToken: string;
  let largeToken: string;
  /** Read before the round (no history) and after it (with history), per locale. */
  const before = new Map<string, any>();
  const after = new Map<string, any>();

  const status = async (token: string, locale: Locale) => {
    const response = await t.gql(STATUS, { l: locale }, token);
    expect(response.errors).toBeUndefined();
    return response.data.myWaitingStatus;
  };

  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 80 });
    officer = await t.login('officer@demo.local');
    names = await municipalityNames(t, officer);
    single = await newHousehold(t, officer, { input: { members: [{ fullName: 'Reader Single', birthYear: new Date().getUTCFullYear() - 34, role: 'APPLICANT', professions: ['5120'], languages: [{ language: 'uk', cefr: 'C2' }] }] } });
    large = await newHousehold(t, officer, { persons: 7 });
    singleToken = await newNewcomerSession(t, single.id);
    largeToken = await newNewcomerSession(t, large.id);
    for (const locale of LOCALES) {
      before.set(`single:${locale}`, await status(singleToken, locale));
      before.set(`large:${locale}`, await status(largeToken, locale));
    }
    // One published round of seeded households (not ours), so that the estimate has a history.
    const seeded = required<{ items: { id: string }[] }>(await t.gql('{ households(filter: { status: WAITING }, limit: 60) { items { id } } }', {}, officer), 'households')
      .items.map((h) => h.id).filter((id) => id !== single.id && id !== large.id);
    await newPublishedRound(t, officer, { cohort: { householdIds: seeded.slice(0, 50) } });
    for (const locale of LOCALES) {
      after.set(`single:${locale}`, await status(singleToken, locale));
      after.set(`large:${locale}`, await status(largeToken, locale));
    }
  }, 300_000);
  afterAll(() => t?.close());

  describe('every text reads well in every language (nl, en, ar, uk, ti, fa, tr, so)', () => {
    const cases = ['single', 'large'].flatMap((who) => ['no history', 'with history'].flatMap((when) => LOCALES.map((locale) => [who, when, locale] as const)));
    it.each(cases)('%s household, %s, in %s', (who, when, locale) => {
      const s = (when === 'no history' ? before : after).get(`${who}:${locale}`);
      const all = statements(s);
      expect(all.length).toBeGreaterThan(5);
      for (const st of all) expect({ code: st.code, locale: st.locale, missing: st.missing }).toEqual({ code: st.code, locale, missing: false });
      expect(unreadableAll(all.map((st) => st.text), locale, { names })).toEqual([]);
    });
  });

  it('before any round: no estimate, and the basis says there is nothing to count yet (not "about 0 households")', () => {
    for (const who of ['single', 'large']) {
      const s = before.get(`${who}:en`);
      expect(s.estimate.roundsLow).toBeNull();
      expect(s.estimate.roundsObserved).toBe(0);
      expect(s.estimate.summary.text).toBe('We cannot estimate your waiting time yet.');
      expect(s.estimate.basis.text).toBe('There has been no matching round yet, so there is nothing to count yet.');
      expect(s.estimate.drivers[0].code).toBe('wait.driver.no_history');
    }
  });

  it('after a round: the basis tells whole households, and agrees with the estimate or says why there is none', () => {
    let withEstimate = 0;
    for (const who of ['single', 'large']) for (const locale of LOCALES) {
      const s = after.get(`${who}:${locale}`);
      const { basis, summary, drivers } = s.estimate;
      expect(s.estimate.roundsObserved).toBe(1);
      // every count in the basis is a whole number
      for (const value of Object.values(basis.params)) if (typeof value === 'number') expect(Number.isInteger(value)).toBe(true);
      expect(basis.text).not.toMatch(/\d[.,]\d/);
      if (s.estimate.roundsLow === null) {
        expect(summary.code).toBe('wait.estimate.none');
        expect(basis.params.reason).toBe(drivers[0].code.replace('wait.driver.', ''));
        if (locale === 'en' && basis.params.total > 0) expect(basis.text).toMatch(/ (But|So) /);
      } else {
        withEstimate += 1;
        expect(basis.params.reason).toBe('none');
        expect(summary.code).toMatch(/^wait\.estimate\.(rounds|months)$/);
        expect(s.estimate.roundsLow).toBeLessThanOrEqual(s.estimate.roundsHigh);
      }
    }
    // the one-person household has an estimate after the round (many single households were placed)
    expect(after.get('single:en').estimate.roundsLow).not.toBeNull();
    expect(withEstimate).toBeGreaterThanOrEqual(LOCALES.length);
  });

  it('the large household is told about homes for 5 or more people in its own language', () => {
    const s = after.get('large:uk');
    expect(s.estimate.fittingText.text).toMatch(/житло для 5 і більше осіб з місцем для 7 осіб/);
    expect(after.get('large:ar').estimate.fittingText.text).toMatch(/7 أشخاص/);
    expect(after.get('large:nl').estimate.fittingText.text).toMatch(/plaats voor 7 personen/);
  });

  it('says plural forms right for 0, 1, 2, 3, 5, 11, 21 and 100 in Arabic and Ukrainian, in every waiting text with a count', () => {
    const COUNT_PARAMS = ['count', 'total', 'perRound', 'urgentPerRound', 'aheadOfYou', 'roundsObserved', 'sameBand', 'ahead', 'moved', 'rounds', 'municipalities', 'persons', 'listed', 'low', 'high'];
    const FIXED: Record<string, unknown> = {
      position: 9, ofTotal: 40, previous: 9, current: 8, band: 'homes_5_plus', need: 'hospital', needs: ['hospital'], kind: 'job_contract', tiePlace: 'GM0344', tiePlaces: ['GM1581', 'GM0150'], reachKm: 30,
      urgency: 'medical', from: 'none', to: 'social', placedShare: 0.4, status: 'waiting', proposal: 'none', municipality: '', youAnswered: 'no', reason: 'none',
    };
    const spread = [0, 1, 2, 3, 5, 11, 21, 100];
    /**
     * Numbers that share a plural form: with the number swapped, their texts are the same (uk: one 21/31 — 1 may have
     * its own words, "за останній раунд" —, few 2/3/22, many 11/5/100; ar: few 3/5/10, many 11/21/99). The first of a
     * group is the one swapped, so it is not a number the fixed parameters contain (band 5+, 7, 9, 30…).
     */
    const SAME_FORM: Record<'ar' | 'uk', number[][]> = { uk: [[21, 31], [2, 3, 22], [11, 5, 100]], ar: [[3, 5, 10], [11, 21, 99]] };
    const problems: string[] = [];
    for (const code of Object.keys(WAITING_CATALOGUE) as WaitingCode[]) {
      const params = WAITING_CATALOGUE[code] as readonly string[];
      for (const counted of params.filter((p) => COUNT_PARAMS.includes(p))) {
        for (const locale of ['ar', 'uk'] as const) {
          const text = (n: number) => {
            const values = Object.fromEntries(params.map((p) => [p, p === counted ? n : COUNT_PARAMS.includes(p) ? 7 : FIXED[p]]));
            if (code === 'wait.estimate.months' || code === 'wait.estimate.rounds') { values.low = counted === 'low' ? n : 7; values.high = counted === 'high' ? n : 7; }
            return render(code, values, locale, { names: { municipality: () => 'Утрехт' } }).text;
          };
          problems.push(...unreadableAll(spread.map(text), locale, { names: ['Утрехт'] }).map((p) => `${code} {${counted}}: ${p}`));
          // Households are counted in the right form: uk "21 сімʼя", "22 сімʼї", "25 сімей" wherever the count stands in
          // the nominative (the "23,3 сімей"); ar: a text that tells two from few (a plural message) also tells
          // few from many ("3 أسر" / "11 أسرة").
          const swap = (from: number, to: number) => text(from).replace(new RegExp(`(?<!\\d|\\d[.,])${from}(?!\\d|[.,]\\d)`, 'g'), String(to));
          if (locale === 'uk' && /(?<!\d)25 сімей/.test(text(25))) {
            if (!/(?<!\d)22 сімʼї/.test(text(22)) || !/(?<!\d)21 сімʼя/.test(text(21))) problems.push(`uk ${code} {${counted}}: «${text(21)}» «${text(22)}» «${text(25)}»`);
          }
          if (locale === 'ar' && swap(2, 3) !== text(3) && swap(3, 11) === text(11)) problems.push(`ar ${code} {${counted}}: 3 and 11 take one form: «${text(11)}»`);
          for (const group of SAME_FORM[locale]) {
            const [first, ...rest] = group;
            for (const n of rest) {
              const swapped = text(first).replace(new RegExp(`(?<!\\d|\\d[.,])${first}(?!\\d|[.,]\\d)`, 'g'), String(n));
              if (swapped !== text(n)) problems.push(`${locale} ${code} {${counted}}: ${first} and ${n} take one form: «${text(first)}» vs «${text(n)}»`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe('the household as the newcomer sees it', () => {
    it('numbers members from 1, like the texts ("person 2"), and shows its place in the queue', async () => {
      const response = await t.gql(HOUSEHOLD, { id: large.id }, largeToken);
      expect(response.errors).toBeUndefined();
      const household = response.data.household;
      expect(household.members.map((m: { position: number }) => m.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(household.queuePosition).toBe(after.get('large:en').position);
      expect(render('labour.no_match', { member: household.members[1].position, municipality: 'GM0363' }, 'en', { names: { municipality: () => 'Amsterdam' } }).text)
        .toBe('We found no work or study that fits person 2 of your household in Amsterdam.');
    });
  });

  describe('a partial preference update changes only what it names', () => {
    it('keeps the other weights and the setting; the officer sees what changed', async () => {
      const set = await t.gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferredSetting: RURAL, preferenceWeights: { labour: 4, ties: 0 } }) { id } }', { id: single.id }, singleToken);
      expect(set.errors).toBeUndefined();
      const partial = await t.gql('mutation($id: ID!) { updateHouseholdPreferences(id: $id, input: { preferenceWeights: { network: 2 } }) { preferredSetting preferenceWeights { labour setting network services ties priorities } } }', { id: single.id }, singleToken);
      expect(partial.errors).toBeUndefined();
      expect(partial.data.updateHouseholdPreferences).toEqual({ preferredSetting: 'RURAL', preferenceWeights: { labour: 4, setting: 1, network: 2, services: 1, ties: 0, priorities: 1 } });
      const history = required<{ changes: { kind: string; actorRole: string; fields: { member: number | null; field: string; before: unknown; after: unknown }[] }[] }>(
        await t.gql('query($id: ID!) { household(id: $id) { changes { kind actorRole fields { member field before after } } } }', { id: single.id }, officer), 'household');
      expect(history.changes[0]).toEqual({ kind: 'PREFERENCES_UPDATED', actorRole: 'NEWCOMER', fields: [{ member: null, field: 'preferenceWeights.network', before: 1, after: 2 }] });
      expect(history.changes[1].fields).toEqual([
        { member: null, field: 'preferenceWeights.labour', before: 1, after: 4 },
        { member: null, field: 'preferenceWeights.ties', before: 1, after: 0 },
        { member: null, field: 'preferredSetting', before: 'no_preference', after: 'rural' },
      ]);
    });
  });

  describe('what a newcomer may correct', () => {
    let id: string;
    let token: string;
    const year = new Date().getUTCFullYear();
    const members = [
      { fullName: 'Amal Rahimi', birthYear: year - 38, role: 'APPLICANT', professions: ['2211', '3221'], languages: [{ language: 'ar', cefr: 'C2' }] },
      { fullName: 'Samir Rahimi', birthYear: year - 40, role: 'PARTNER', professions: ['7115'], languages: [{ language: 'ar', cefr: 'C2' }] },
      { fullName: 'Noor Rahimi', birthYear: year - 9, role: 'CHILD' },
    ];
    const ties = [{ kind: 'FAMILY', municipalityCode: 'GM0344', firstDegree: true, liveNear: true, verificationNote: 'BRP extract seen' }];
    const asSent = (over: (m: any[]) => void = () => {}, tiesSent: any[] = [{ kind: 'FAMILY', municipalityCode: 'GM0344', firstDegree: true, liveNear: true }]) => {
      const copy = structuredClone(members);
      over(copy);
      return { members: copy, ties: tiesSent };
    };

    beforeAll(async () => {
      id = (await newHousehold(t, officer, { input: { members, ties } })).id;
      token = await newNewcomerSession(t, id);
    });

    it.each([
      ['blank a name', (m: any[]) => { m[1].fullName = ' '; }, ['members[1].fullName']],
      ['remove a member', (m: any[]) => { m.pop(); }, ['members']],
      ['change a birth year', (m: any[]) => { m[0].birthYear -= 1; }, ['members[0].birthYear']],
      ['change a role', (m: any[]) => { m[1].role = 'RELATIVE'; }, ['members[1].role']],
      ['remove all professions of a member', (m: any[]) => { m[0].professions = []; }, ['members[0].professions']],
      ['remove all languages of a member', (m: any[]) => { m[1].languages = []; }, ['members[1].languages']],
    ])('may not %s (BAD_USER_INPUT naming the field; nothing stored)', async (_what, change, fields) => {
      // a household of its own, so the tests hold in any order (the PostgreSQL run randomises it)
      const own = (await newHousehold(t, officer, { input: { members, ties } })).id;
      const ownToken = await newNewcomerSession(t, own);
      const response = await t.gql(CORRECT, { id: own, input: asSent(change) }, ownToken);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)).toEqual(fields);
      const stored = required<any>(await t.gql(HOUSEHOLD, { id: own }, officer), 'household');
      expect(stored.members.map((m: any) => m.fullName)).toEqual(['Amal Rahimi', 'Samir Rahimi', 'Noor Rahimi']);
      expect(stored.members[0].professions.map((p: any) => p.code)).toEqual(['2211', '3221']);
    });


    it('may correct but not blank a stored gender, education level, aspirations or work experience; an officer may clear them (HC)', async () => {
      const full = { fullName: 'Lina Haddad', birthYear: year - 30, role: 'APPLICANT', gender: 'FEMALE', educationLevel: 1, aspirations: ['WORK_IN_PROFESSION'], workExperienceYears: 3,
        professions: ['5120'], languages: [{ language: 'ar', cefr: 'C2' }] };
      const partner = { fullName: 'Omar Haddad', birthYear: year - 32, role: 'PARTNER', languages: [{ language: 'ar', cefr: 'C1' }] };
      const household = (await newHousehold(t, officer, { input: { members: [full, partner] } })).id;
      const own = await newNewcomerSession(t, household);
      const FIELDS = 'query($id: ID!) { household(id: $id) { members { gender educationLevel aspirations workExperienceYears } } }';
      const stored = async () => required<any>(await t.gql(FIELDS, { id: household }, officer), 'household').members[0];
      const { gender: _g, educationLevel: _e, aspirations: _a, workExperienceYears: _w, ...without } = full;
      // sent without them: refused, one message per field, nothing stored
      const refused = await t.gql(CORRECT, { id: household, input: { members: [without, partner] } }, own);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(refused)).toEqual(['members[0].gender', 'members[0].educationLevel', 'members[0].aspirations', 'members[0].workExperienceYears']);
      expect(await stored()).toEqual({ gender: 'FEMALE', educationLevel: 1, aspirations: ['WORK_IN_PROFESSION'], workExperienceYears: 3 });
      // corrected to other values: allowed
      const corrected = { ...full, gender: 'MALE', educationLevel: 4, aspirations: ['ANY_WORK', 'STUDY'], workExperienceYears: 1 };
      expect((await t.gql(CORRECT, { id: household, input: { members: [corrected, partner] } }, own)).errors).toBeUndefined();
      expect(await stored()).toEqual({ gender: 'MALE', educationLevel: 4, aspirations: ['ANY_WORK', 'STUDY'], workExperienceYears: 1 });
      // an officer may clear them
      expect((await t.gql(CORRECT, { id: household, input: { members: [without, partner] } }, officer)).errors).toBeUndefined();
      expect(await stored()).toEqual({ gender: null, educationLevel: null, aspirations: [], workExperienceYears: 0 });
    });

    it('an officer may do what the newcomer may not (a birth year); the newcomer may correct a name and professions, add a child and a job contract, which stays DECLARED; every change is audited and shown to the officer', async () => {
      const officerInput = asSent((m) => { m[2].birthYear -= 1; }, ties);
      const byOfficer = await t.gql(CORRECT, { id, input: officerInput }, officer);
      expect(byOfficer.errors).toBeUndefined();
      members[2].birthYear -= 1;
      const input = asSent((m) => { m[0].fullName = 'Amal Al-Rahimi'; m[0].professions = ['2211']; m.push({ fullName: 'Yara Rahimi', birthYear: year, role: 'CHILD' }); }, [
        { kind: 'FAMILY', municipalityCode: 'GM0344', firstDegree: true, liveNear: true },
        { kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', description: 'hospital' },
      ]);
      const response = await t.gql(CORRECT, { id, input }, token);
      expect(response.errors).toBeUndefined();
      const household = response.data.correctHouseholdProfile;
      expect(household.members.map((m: any) => m.position)).toEqual([1, 2, 3, 4]);
      expect(household.ties).toEqual(expect.arrayContaining([
        { kind: 'FAMILY', municipalityCode: 'GM0344', status: 'VERIFIED' },
        { kind: 'JOB_CONTRACT', municipalityCode: 'GM0363', status: 'DECLARED' },
      ]));
      const history = required<any>(await t.gql('query($id: ID!) { household(id: $id) { changes { kind actorRole fields { member field before after } } } }', { id }, officer), 'household');
      const latest = history.changes[0];
      expect(latest).toMatchObject({ kind: 'PROFILE_CORRECTED', actorRole: 'NEWCOMER' });
      expect(latest.fields.filter((f: any) => f.field !== 'ties' && f.field !== 'member')).toEqual([
        { member: 1, field: 'fullName', before: 'Amal Rahimi', after: 'Amal Al-Rahimi' },
        { member: 1, field: 'professions', before: ['2211', '3221'], after: ['2211'] },
      ]);
      expect(latest.fields.find((f: any) => f.field === 'member')).toMatchObject({ member: 4, before: null, after: { fullName: 'Yara Rahimi', birthYear: year, role: 'child' } });
      const tiesChange = latest.fields.find((f: any) => f.field === 'ties');
      expect(tiesChange.after).toContainEqual(expect.objectContaining({ kind: 'job_contract', municipalityCode: 'GM0363', status: 'declared' }));
      // the officer's own correction before it is in the history too, with the member it was about (counted from 1)
      expect(history.changes.find((c: any) => c.actorRole === 'OFFICER' && c.kind === 'PROFILE_CORRECTED').fields).toEqual([
        { member: 3, field: 'birthYear', before: year - 9, after: year - 10 },
      ]);
      // removing a verified tie is the newcomer's statement that it no longer holds: allowed, and in the history
      const removed = await t.gql(CORRECT, { id, input: { members: household.members.map((_: unknown, i: number) => i < 3 ? { ...members[i], fullName: i === 0 ? 'Amal Al-Rahimi' : members[i].fullName, professions: i === 0 ? ['2211'] : members[i].professions } : { fullName: 'Yara Rahimi', birthYear: year, role: 'CHILD' }), ties: [] } }, token);
      expect(removed.errors).toBeUndefined();
      const afterRemoval = required<any>(await t.gql('query($id: ID!) { household(id: $id) { changes { kind actorRole fields { member field before after } } } }', { id }, officer), 'household');
      expect(afterRemoval.changes[0].fields).toEqual([expect.objectContaining({ member: null, field: 'ties', after: [] })]);
      // a newcomer does not read the history
      const own = await t.gql('query($id: ID!) { household(id: $id) { changes { kind } } }', { id }, token);
      expect(errorCode(own)).toBe('FORBIDDEN');
    });
  });

  describe("the officers' household list", () => {
    it('is in queue order with each waiting household\'s position under the priority rule', async () => {
      const page = required<{ total: number; items: { id: string; reference: string; queuePosition: number | null }[] }>(
        await t.gql('{ households(filter: { status: WAITING }, limit: 500) { total items { id reference queuePosition } } }', {}, officer), 'households');
      expect(page.items.map((h) => h.queuePosition)).toEqual(page.items.map((_, i) => i + 1));
      const queue = required<{ position: number; ofTotal: number }>(await t.gql('query($id: ID!) { waitingStatus(householdId: $id) { position ofTotal } }', { id: single.id }, officer), 'waitingStatus');
      expect(page.items.find((h) => h.id === single.id)!.queuePosition).toBe(queue.position);
      expect(queue.ofTotal).toBe(page.total);
      // a page further on keeps counting over the whole list; households that no longer wait have no position and come last
      const second = required<{ items: { queuePosition: number | null }[] }>(await t.gql('{ households(filter: { status: WAITING }, offset: 10, limit: 5) { items { queuePosition } } }', {}, officer), 'households');
      expect(second.items.map((h) => h.queuePosition)).toEqual([11, 12, 13, 14, 15]);
      const everyone = required<{ items: { status: string; queuePosition: number | null }[] }>(await t.gql('{ households(limit: 500) { items { status queuePosition } } }', {}, officer), 'households');
      const firstNotWaiting = everyone.items.findIndex((h) => h.status !== 'WAITING');
      expect(firstNotWaiting).toBeGreaterThan(0);
      expect(everyone.items.slice(firstNotWaiting).every((h) => h.status !== 'WAITING' && h.queuePosition === null)).toBe(true);
    });
  });
});

