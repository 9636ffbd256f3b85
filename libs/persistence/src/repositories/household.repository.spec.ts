import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { HouseholdRepository, declaredTie, type NewHousehold } from './household.repository.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { IscoOccupationEntity } from '../entities/isco-occupation.entity.js';
import fc from 'fast-check';
import { queueOrder } from '#matching/waiting/queue.js';
import { URGENCIES, homeBand } from '#matching/vocabulary/index.js';

const household = (overrides: Partial<NewHousehold> = {}): NewHousehold => ({
  permitDate: '2026-03-01',
  receptionLocation: 'AZC Ter Apel',
  preferredSetting: 'urban',
  preferenceWeights: { labour: 2 },
  careNeeds: [],
  accessibilityNeeds: [],
  medicalNotes: null,
  urgency: 'none',
  linkGroup: null,
  isSynthetic: false,
  members: [
    {
      fullName: 'Test Person',
      birthYear: 1990,
      role: 'applicant',
      gender: 'female',
      educationLevel: 6,
      workExperienceYears: 8,
      aspirations: ['work_in_profession'],
      professions: ['2161', '216'],
      languages: [
        { language: 'en', cefr: 'B2' },
        { language: 'ar', cefr: 'C2' },
      ],
    },
  ],
  ties: [declaredTie('job_contract', 'GM0363')],
  protectedTraits: { nationality: 'SY', originRegion: 'Middle East' },
  ...overrides,
});

describe('HouseholdRepository (real PostgreSQL)', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  let repository: HouseholdRepository;

  beforeAll(async () => {
    db = await openTestDatabase();
    repository = new HouseholdRepository(db.dataSource);
    await db.dataSource.getRepository(MunicipalityEntity).insert({
      cbsCode: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland', labourMarketRegion: 'Groot Amsterdam',
      population: 931298, urbanisation: 1, lat: 52.37, lon: 4.9, searchKey: 'amsterdam',
    });
    await db.dataSource.getRepository(IscoOccupationEntity).insert([
      { code: '2', level: 1, title: 'Professionals', parentCode: null, searchKey: 'professionals' },
      { code: '21', level: 2, title: 'Science and engineering professionals', parentCode: '2', searchKey: 'science and engineering professionals' },
      { code: '216', level: 3, title: 'Architects, planners, surveyors and designers', parentCode: '21', searchKey: 'architects planners surveyors and designers' },
      { code: '2161', level: 4, title: 'Building architects', parentCode: '216', searchKey: 'building architects' },
    ]);
  });
  afterAll(() => db.close());

  it('stores a household with its members, professions, languages and ties, and reads it back in order', async () => {
    const created = await repository.create(household());
    expect(created.reference).toMatch(/^HH-\d{6}$/);
    expect(created.status).toBe('waiting');
    expect(created.members).toHaveLength(1);
    expect(created.members[0].professions.map((p) => p.iscoCode)).toEqual(['2161', '216']);
    expect(created.members[0].languages.map((l) => `${l.language}:${l.cefr}`)).toEqual(['ar:C2', 'en:B2']);
    expect(created.ties[0]).toMatchObject({ kind: 'job_contract', municipalityCode: 'GM0363' });
    expect(created.preferenceWeights).toEqual({ labour: 2 });
    // Protected traits live apart and are not loaded with the household.
    expect((created as { protectedTraits?: unknown }).protectedTraits).toBeUndefined();
    const traits = await repository.protectedTraits([created.id]);
    expect(traits[0]).toMatchObject({ nationality: 'SY' });
  });

  it('stores languages only in the normal form: another spelling is refused and nothing is written', async () => {
    const before = await repository.count();
    const spelled = household({ members: [{ ...household().members[0], languages: [{ language: 'nld', cefr: 'B1' }] }] });
    await expect(repository.create(spelled)).rejects.toThrow(/"nld" is not in the normal form/);
    expect(await repository.count()).toBe(before);
  });

  it('writes nothing when one household of a batch breaks a constraint', async () => {
    const before = await repository.count();
    const broken = household({
      members: [{ ...household().members[0], professions: ['9999'] }], // no such ISCO code: foreign key fails
    });
    await expect(repository.createMany([household(), broken])).rejects.toThrow();
    expect(await repository.count()).toBe(before);
  });

  it('enforces value rules in the database itself', async () => {
    await expect(repository.create(household({ preferredSetting: 'seaside' as never }))).rejects.toThrow(/household_setting_valid/);
    await expect(
      repository.create(household({ members: [{ ...household().members[0], languages: [{ language: 'en', cefr: 'D1' as never }] }] })),
    ).rejects.toThrow(/member_language_cefr_valid/);
  });

  it('gives concurrent registrations distinct references', async () => {
    const created = await Promise.all(Array.from({ length: 8 }, () => repository.create(household())));
    expect(new Set(created.map((h) => h.reference)).size).toBe(8);
  });

  it('orders waiting households in SQL exactly as the priority rule in TypeScript (matching/waiting/queue.ts)', async () => {
    // Few urgencies and permit dates, so most households tie on both and the later tie-breaks decide.
    const permitDates = ['2026-01-10', '2026-01-11', '2026-02-01'];
    const draw = fc.array(fc.record({ urgency: fc.constantFrom(...URGENCIES), permitDate: fc.constantFrom(...permitDates) }), { minLength: 2, maxLength: 25 });
    await fc.assert(
      fc.asyncProperty(draw, async (drawn) => {
        const ids = await repository.createMany(drawn.map((d) => household(d)));
        const stored = await repository.findByIds(ids);
        const inTypeScript = queueOrder(
          stored.map((h) => ({ id: h.id, reference: h.reference, permitDate: h.permitDate, urgency: h.urgency, persons: h.members.length, homeBand: homeBand(h.members.length), hardNeeds: [] })),
        ).map((e) => e.id);
        expect(await repository.waitingInQueueOrder({ ids })).toEqual(inTypeScript);
        // the officers' list (find) and its positions follow the same rule: positions over the whole waiting list
        expect((await repository.find({ ids })).map((h) => h.id)).toEqual(inTypeScript);
        const all = await repository.waitingInQueueOrder();
        const positions = await repository.queuePositions(ids);
        expect(inTypeScript.map((id) => positions.get(id))).toEqual(inTypeScript.map((id) => all.indexOf(id) + 1));
      }),
      { numRuns: 8 },
    );
  });

  it('updates only the preferences it is given: a weight left out keeps its value', async () => {
    const created = await repository.create(household({ preferredSetting: 'urban', preferenceWeights: { labour: 3, ties: 0 } }));
    const updated = await repository.updatePreferences(created.id, { preferenceWeights: { network: 2 } });
    expect(updated).toMatchObject({ preferredSetting: 'urban', preferenceWeights: { labour: 3, ties: 0, network: 2 } });
    const again = await repository.updatePreferences(created.id, { preferredSetting: 'rural' });
    expect(again).toMatchObject({ preferredSetting: 'rural', preferenceWeights: { labour: 3, ties: 0, network: 2 } });
    expect(await repository.updatePreferences('00000000-0000-4000-8000-000000000000', { preferredSetting: 'rural' })).toBeNull();
  });

  it('filters and pages by permit date', async () => {
    await repository.createMany([household({ permitDate: '2025-01-01' }), household({ permitDate: '2027-01-01' })]);
    const early = await repository.find({ permitDateTo: '2025-12-31' });
    expect(early.map((h) => h.permitDate)).toEqual(['2025-01-01']);
    const firstTwo = await repository.find({}, { offset: 0, limit: 2 });
    expect(firstTwo).toHaveLength(2);
    expect(firstTwo[0].permitDate <= firstTwo[1].permitDate).toBe(true);
  });
});
