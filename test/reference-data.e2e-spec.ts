import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedingService } from '#api/seeding/seeding.service.js';
import { periodOf } from '#api/common/period.js';
import { dataDir } from '#seed/reference-data.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

/*
 * Municipal mergers change the CBS list in the seed. Scenario: the database was seeded from an older
 * list (fixture) that still has Weesp (GM0457) and not yet Voorne aan Zee (GM1992); then the seed's
 * list becomes the current one: Weesp gone (merged into Amsterdam GM0363), GM1992 new. The fixture
 * also gives Utrecht (GM0344) an older population, so one municipality is updated.
 */
const WEESP = 'GM0457';
const VOORNE_AAN_ZEE = 'GM1992';
const AMSTERDAM = 'GM0363';
const UTRECHT = 'GM0344';

/** A folder with the project's reference CSVs, whose municipality list can be swapped. */
class ReferenceFolder {
  readonly dir = mkdtempSync(join(tmpdir(), 'refdata-'));
  readonly current = readFileSync(join(dataDir(), 'municipalities.csv'), 'utf8');

  constructor() {
    for (const file of ['isco08.csv', 'municipality-successions.csv']) {
      try {
        copyFileSync(join(dataDir(), file), join(this.dir, file));
      } catch {
        // a file the seed does not have (yet) is simply absent here too
      }
    }
    this.useOlderList();
  }

  /** The fixture: current list without GM1992, with Weesp (2022 figures, test fixture only), Utrecht 100 fewer. */
  useOlderList(): void {
    const lines = this.current.trimEnd().split('\n').filter((line) => !line.startsWith(`${VOORNE_AAN_ZEE},`));
    const older = lines.map((line) => {
      if (!line.startsWith(`${UTRECHT},`)) return line;
      const cells = line.split(',');
      cells[3] = String(Number(cells[3]) - 100);
      return cells.join(',');
    });
    older.push(`${WEESP},Weesp,Noord-Holland,20000,2,52.3075,5.0417,Groot Amsterdam`);
    writeFileSync(join(this.dir, 'municipalities.csv'), `${older.join('\n')}\n`);
  }

  useCurrentList(): void {
    writeFileSync(join(this.dir, 'municipalities.csv'), this.current);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const PLAIN = 'query($code: String!) { municipality(code: $code) { code name } }';
const MUNICIPALITY = 'query($code: String!) { municipality(code: $code) { code name retired retiredOn successorCodes capacities { period persons } } }';

function nextHalfYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 6, 15));
}

/** An app of its own on a fresh database, seeded from a reference folder of its own (the test may change it). */
async function freshApp(): Promise<{ folder: ReferenceFolder; t: TestApp }> {
  const folder = new ReferenceFolder();
  return { folder, t: await startTestApp({ seedHouseholds: 20, seedDataDir: folder.dir }) };
}

async function closeApp(t: TestApp, folder: ReferenceFolder): Promise<void> {
  await t.close();
  folder.remove();
}

describe('reference data changes over time, at start', () => {
  let folder: ReferenceFolder;
  let t: TestApp;

  beforeEach(async () => ({ folder, t } = await freshApp()));
  afterEach(() => closeApp(t, folder));

  it('a start in the same half year adds the new municipality and retires the one no longer listed', async () => {
    const officer = await t.login('officer@demo.local');
    expect(errorCode(await t.gql(PLAIN, { code: VOORNE_AAN_ZEE }))).toBe('NOT_FOUND');

    folder.useCurrentList();
    await t.app.get(SeedingService).seed(new Date());

    expect((await t.gql(PLAIN, { code: VOORNE_AAN_ZEE })).data?.municipality).toEqual({ code: VOORNE_AAN_ZEE, name: 'Voorne aan Zee' });
    const added = await t.gql(MUNICIPALITY, { code: VOORNE_AAN_ZEE }, officer);
    expect(added.errors).toBeUndefined();
    expect(added.data.municipality).toMatchObject({ code: VOORNE_AAN_ZEE, name: 'Voorne aan Zee', retired: false, retiredOn: null, successorCodes: [] });
    const weesp = (await t.gql(MUNICIPALITY, { code: WEESP }, officer)).data.municipality;
    expect(weesp).toMatchObject({ retired: true, successorCodes: [AMSTERDAM] });
    expect(weesp.retiredOn).toBe('2022-03-24');
    // Kept for history: its capacity of this half year is still there.
    expect(weesp.capacities.map((c: { period: string }) => c.period)).toEqual([periodOf(new Date())]);

    const list = (await t.gql('{ municipalities { code } }')).data.municipalities.map((m: { code: string }) => m.code);
    expect(list).toHaveLength(342);
    expect(list).toContain(VOORNE_AAN_ZEE);
    expect(list).not.toContain(WEESP);
    const all = (await t.gql('{ municipalities(filter: { includeRetired: true }) { code retired } }')).data.municipalities;
    expect(all).toHaveLength(343);
    expect(all.find((m: { code: string }) => m.code === WEESP)).toEqual({ code: WEESP, retired: true });

    // Audited as the system: the first start loaded 342, this one added 1 and retired 1.
    const events = (await t.gql('{ auditEvents(action: "municipalities.sync") { actorRole after } }', {}, officer)).data.auditEvents;
    expect(events.map((e: { actorRole: string; after: { added: unknown[]; retired: unknown[] } }) => [e.actorRole, e.after.added.length, e.after.retired.length])).toEqual([
      ['SYSTEM', 1, 1],
      ['SYSTEM', 342, 0],
    ]);
  });

  it('a start in a new half year does not crash: capacity for current municipalities only', async () => {
    folder.useCurrentList();
    const next = nextHalfYear(new Date());
    await expect(t.app.get(SeedingService).seed(next)).resolves.toBeDefined();

    const officer = await t.login('officer@demo.local');
    const capacityIn = async (code: string) =>
      (await t.gql(MUNICIPALITY, { code }, officer)).data.municipality.capacities.map((c: { period: string }) => c.period);
    expect(await capacityIn(VOORNE_AAN_ZEE)).toEqual([periodOf(next)]);
    expect(await capacityIn(WEESP)).toEqual([periodOf(new Date())]);
    expect(await capacityIn(AMSTERDAM)).toEqual([periodOf(next), periodOf(new Date())]);
  });

  it('a start with a malformed list goes on with the stored municipalities and reports why', async () => {
    folder.useCurrentList();
    const csv = readFileSync(join(folder.dir, 'municipalities.csv'), 'utf8');
    writeFileSync(join(folder.dir, 'municipalities.csv'), `${csv}${csv.split('\n')[1]}\n`);
    const report = await t.app.get(SeedingService).seed(nextHalfYear(new Date()));
    expect(report.find((r) => r.step === 'reference:municipalities')).toEqual({
      step: 'reference:municipalities',
      rows: null,
      error: 'The CBS municipality list cannot be applied: GM0014 is listed twice',
    });
    // Nothing changed: Weesp is still current (so it got the new half year's capacity), GM1992 still absent.
    const officer = await t.login('officer@demo.local');
    expect((await t.gql(MUNICIPALITY, { code: WEESP }, officer)).data.municipality).toMatchObject({ retired: false, capacities: [{}, {}] });
    expect(errorCode(await t.gql(PLAIN, { code: VOORNE_AAN_ZEE }))).toBe('NOT_FOUND');
  });

});

describe('reference data step run by an admin', () => {
  let folder: ReferenceFolder;
  let t: TestApp;

  // An app per test: the first expects the older list in the database, which the second replaces.
  beforeEach(async () => ({ folder, t } = await freshApp()));
  afterEach(() => closeApp(t, folder));

  it('an admin applies the list explicitly: one audited, idempotent step with a report', async () => {
    const admin = await t.login('admin@demo.local');
    const officer = await t.login('officer@demo.local');
    const SYNC = `mutation { syncMunicipalities {
      changes unchanged
      added { code name }
      retired { code retiredOn successorCodes }
      updated { code changes { field before after } } } }`;
    const eventsBefore = (await t.gql('{ auditEvents(action: "municipalities.sync") { id } }', {}, officer)).data.auditEvents.length;

    folder.useCurrentList();
    const first = await t.gql(SYNC, {}, admin);
    expect(first.errors).toBeUndefined();
    const utrechtNow = Number(folder.current.split('\n').find((l) => l.startsWith(`${UTRECHT},`))!.split(',')[3]);
    expect(first.data.syncMunicipalities).toEqual({
      changes: 3,
      unchanged: 340,
      added: [{ code: VOORNE_AAN_ZEE, name: 'Voorne aan Zee' }],
      retired: [{ code: WEESP, retiredOn: '2022-03-24', successorCodes: [AMSTERDAM] }],
      updated: [{ code: UTRECHT, changes: [{ field: 'population', before: String(utrechtNow - 100), after: String(utrechtNow) }] }],
    });

    const second = await t.gql(SYNC, {}, admin);
    expect(second.data.syncMunicipalities).toEqual({ changes: 0, unchanged: 343, added: [], retired: [], updated: [] });

    const events = (await t.gql('{ auditEvents(action: "municipalities.sync") { actorRole entityType entityId after } }', {}, officer)).data.auditEvents;
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events[0]).toMatchObject({ actorRole: 'ADMIN', entityType: 'reference_data', entityId: 'municipalities' });
    expect(events[0].after.added).toEqual([expect.objectContaining({ code: VOORNE_AAN_ZEE })]);
    expect(events[0].after.retired).toEqual([expect.objectContaining({ code: WEESP, successorCodes: [AMSTERDAM] })]);
  });

  it('a retired municipality takes no new capacity and is left out of new rounds', async () => {
    const admin = await t.login('admin@demo.local');
    const officer = await t.login('officer@demo.local');
    folder.useCurrentList();
    expect((await t.gql('mutation { syncMunicipalities { changes } }', {}, admin)).errors).toBeUndefined();

    const capacity = await t.gql(
      'mutation($code: String!) { setCapacity(code: $code, period: "2027-H1", input: { persons: 10, homes1to2: 4, homes3to4: 1, homes5plus: 0 }) { persons } }',
      { code: WEESP },
      officer,
    );
    expect(errorCode(capacity)).toBe('BAD_USER_INPUT');
    expect(capacity.errors![0].extensions!.fields).toEqual([{ field: 'code', message: expect.stringContaining('retired') }]);
    expect(capacity.errors![0].message).toContain(AMSTERDAM);

    const period = periodOf(new Date());
    const CREATE = 'mutation($input: CreateRoundInput!) { createRound(input: $input) { id capacities { municipalityCode } } }';
    const round = await t.gql(CREATE, { input: { name: 'after the merger', period, cohort: { limit: 5 } } }, officer);
    expect(round.errors).toBeUndefined();
    const codes = round.data.createRound.capacities.map((c: { municipalityCode: string }) => c.municipalityCode);
    expect(codes).toContain(AMSTERDAM);
    expect(codes).not.toContain(WEESP);

    const explicit = await t.gql(CREATE, { input: { name: 'explicit', period, cohort: { limit: 5 }, municipalityCodes: [AMSTERDAM, WEESP] } }, officer);
    expect(errorCode(explicit)).toBe('BAD_USER_INPUT');
    expect(explicit.errors![0].extensions!.fields).toEqual([{ field: 'municipalityCodes', message: expect.stringContaining(WEESP) }]);
  });
});
