import { DomainError } from '#common/domain-error.js';
import { searchKey } from '#common/search-key.js';
import type { MunicipalityEntity } from '../entities/municipality.entity.js';
import { planMunicipalitySync, type MunicipalitySuccession, type ReferenceMunicipality } from './reference-data.repository.js';

const listed = (cbsCode: string, name: string, population = 1000): ReferenceMunicipality => ({
  cbsCode, name, province: 'Noord-Holland', labourMarketRegion: 'Groot Amsterdam', population, urbanisation: 2, lat: 52, lon: 5,
});
const stored = (record: ReferenceMunicipality, retiredOn: string | null = null, successorCodes: string[] = []): MunicipalityEntity => ({
  ...record, searchKey: searchKey(record.name), retiredOn, successorCodes,
});
/** The stored table after applying a plan. */
const apply = (before: readonly MunicipalityEntity[], plan: ReturnType<typeof planMunicipalitySync>): MunicipalityEntity[] => {
  const byCode = new Map(before.map((m) => [m.cbsCode, m]));
  for (const row of [...plan.inserts, ...plan.updates]) byCode.set(row.cbsCode, row);
  return [...byCode.values()];
};

const AMSTERDAM = listed('GM0363', 'Amsterdam', 931298);
const WEESP = listed('GM0457', 'Weesp', 20000);
const VOORNE = listed('GM1992', 'Voorne aan Zee', 74304);
const SUCCESSIONS: MunicipalitySuccession[] = [{ cbsCode: 'GM0457', successorCode: 'GM0363', changedOn: '2022-03-24' }];

describe('planMunicipalitySync', () => {
  it('adds new codes, retires dropped ones on the CBS date with their successor, updates changed attributes', () => {
    const before = [stored(AMSTERDAM), stored(WEESP)];
    const plan = planMunicipalitySync(before, [{ ...AMSTERDAM, population: 940000 }, VOORNE], SUCCESSIONS, '2026-11-29');
    expect(plan.report).toEqual({
      added: [{ code: 'GM1992', name: 'Voorne aan Zee' }],
      retired: [{ code: 'GM0457', name: 'Weesp', retiredOn: '2022-03-24', successorCodes: ['GM0363'] }],
      updated: [{ code: 'GM0363', name: 'Amsterdam', changes: [{ field: 'population', before: '931298', after: '940000' }] }],
      unchanged: 0,
      changes: 3,
    });
    expect(plan.inserts).toEqual([{ ...VOORNE, searchKey: 'voorne aan zee', retiredOn: null, successorCodes: [] }]);
    const again = planMunicipalitySync(apply(before, plan), [{ ...AMSTERDAM, population: 940000 }, VOORNE], SUCCESSIONS, '2027-02-01');
    expect(again.report).toEqual({ added: [], retired: [], updated: [], unchanged: 3, changes: 0 });
    expect([...again.inserts, ...again.updates]).toEqual([]);
  });

  it('retires on the day of the step when no succession line names the code, and drops successors that do not exist', () => {
    const plan = planMunicipalitySync(
      [stored(AMSTERDAM), stored(WEESP)],
      [AMSTERDAM],
      [{ cbsCode: 'GM0457', successorCode: 'GM9999', changedOn: '2022-03-24' }],
      '2026-11-29',
    );
    expect(plan.report.retired).toEqual([{ code: 'GM0457', name: 'Weesp', retiredOn: '2022-03-24', successorCodes: [] }]);
    expect(planMunicipalitySync([stored(AMSTERDAM), stored(WEESP)], [AMSTERDAM], [], '2026-11-29').report.retired[0].retiredOn).toBe('2026-11-29');
  });

  it('gives an already retired municipality the successors a later succession list names', () => {
    const plan = planMunicipalitySync([stored(AMSTERDAM), stored(WEESP, '2026-01-05')], [AMSTERDAM], SUCCESSIONS, '2026-11-29');
    expect(plan.report.updated).toEqual([{ code: 'GM0457', name: 'Weesp', changes: [{ field: 'successorCodes', before: '', after: 'GM0363' }] }]);
    expect(plan.updates).toEqual([stored(WEESP, '2026-01-05', ['GM0363'])]);
  });

  it('reinstates a retired code that is listed again, and renames with a new search key', () => {
    const plan = planMunicipalitySync([stored(WEESP, '2022-03-24', ['GM0363']), stored(AMSTERDAM)], [AMSTERDAM, { ...WEESP, name: 'Wéésp' }], [], '2026-11-29');
    expect(plan.report.updated).toEqual([
      {
        code: 'GM0457',
        name: 'Wéésp',
        changes: [
          { field: 'name', before: 'Weesp', after: 'Wéésp' },
          { field: 'retiredOn', before: '2022-03-24', after: null },
          { field: 'successorCodes', before: 'GM0363', after: '' },
        ],
      },
    ]);
    expect(plan.updates).toEqual([{ ...WEESP, name: 'Wéésp', searchKey: 'weesp', retiredOn: null, successorCodes: [] }]);
  });

  it('refreshes a stale search key without reporting a change', () => {
    const plan = planMunicipalitySync([{ ...stored(AMSTERDAM), searchKey: 'old' }], [AMSTERDAM], [], '2026-11-29');
    expect(plan.report.changes).toBe(0);
    expect(plan.updates).toEqual([stored(AMSTERDAM)]);
  });

  it.each([
    ['an empty list', [], /it is empty/],
    ['a duplicate code', [AMSTERDAM, AMSTERDAM], /GM0363 is listed twice/],
    ['a malformed code', [{ ...AMSTERDAM, cbsCode: '0363' }], /"0363" is not a CBS code/],
  ])('refuses %s as a CONFLICT and plans nothing', (_title, list, message) => {
    const attempt = () => planMunicipalitySync([stored(AMSTERDAM)], list, [], '2026-11-29');
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(message);
  });
});
