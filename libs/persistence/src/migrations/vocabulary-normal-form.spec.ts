/**
 * Data migration VocabularyNormalForm: codes stored before the vocabulary (issue 9) end up in its normal form.
 * The test writes old spellings straight into the tables (as the API stored them before), runs the migration's
 * `up` again and reads back.
 */
import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../testing/test-database.js';
import { HouseholdRepository, type NewHousehold } from '../repositories/household.repository.js';
import { MunicipalityEntity } from '../entities/municipality.entity.js';
import { VocabularyNormalForm1795990100000 } from './1795990100000-VocabularyNormalForm.js';

const household = (languages: NewHousehold['members'][number]['languages']): NewHousehold => ({
  permitDate: '2026-03-01', receptionLocation: 'AZC', preferredSetting: 'urban', preferenceWeights: {}, careNeeds: [], accessibilityNeeds: [],
  medicalNotes: null, urgency: 'none', linkGroup: null, isSynthetic: false, ties: [], protectedTraits: null,
  members: [{ fullName: null, birthYear: 1990, role: 'applicant', gender: null, educationLevel: null, workExperienceYears: 0, aspirations: [], professions: [], languages }],
});

describe('migration VocabularyNormalForm', () => {
  let db: { dataSource: DataSource; close(): Promise<void> };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(query, params);

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.getRepository(MunicipalityEntity).insert({
      cbsCode: 'GM0034', name: 'Almere', province: 'Flevoland', labourMarketRegion: 'Flevoland', population: 220000, urbanisation: 2, lat: 52.37, lon: 5.22, searchKey: 'almere',
    });
  });
  afterAll(() => db.close());

  it('rewrites member languages, profile communities, round snapshots, run explanations and fairness bands', async () => {
    const repository = new HouseholdRepository(db.dataSource);
    // Stored by the API before: 'nld' and 'ara'; one member wrote Dutch twice ('nl' A2 and 'nld' B2); an unknown code stays.
    const a = await repository.create(household([{ language: 'nl', cefr: 'A2' }, { language: 'ar', cefr: 'C2' }, { language: 'ti', cefr: 'B1' }]));
    const member = a.members[0].id;
    await sql(`INSERT INTO member_language (member_id, language, cefr) VALUES ($1, 'nld', 'B2')`, [member]);
    await sql(`UPDATE member_language SET language = 'ara' WHERE member_id = $1 AND language = 'ar'`, [member]);
    await sql(`UPDATE member_language SET language = 'xx' WHERE member_id = $1 AND language = 'ti'`, [member]);

    await sql(`INSERT INTO municipality_profile (municipality_code, version, labour_market, networks, services, what_to_expect, priorities)
      VALUES ('GM0034', 1, '{}', $1, '{}', 'x', '{}')`, [JSON.stringify({ communities: [{ language: 'ara', size: 10 }, { originRegion: 'Horn of Africa' }, { language: 'tir' }], selfOrganisations: [], buddySchemes: [] })]);

    const [round] = await sql<{ id: string }>(`INSERT INTO round (name, period, policy, cohort_selection, profile_versions) VALUES ('r', '2026-H2', '{}', '{}', '{}') RETURNING id`);
    const model = {
      households: [{ id: a.id, members: [{ position: 1, languages: [{ language: 'nld', cefr: 'A2' }, { language: 'ara', cefr: 'C2' }, { language: 'nl', cefr: 'B1' }] }] }],
      municipalities: [{ id: 'GM0034', networks: { communityLanguages: ['ara', 'tir', 'ti'], selfOrganisations: 0, buddySchemes: 0 }, capacity: { persons: 1, homes_1_2: 1, homes_3_4: 0, homes_5_plus: 0 } }],
    };
    await sql(`INSERT INTO round_snapshot (round_id, model) VALUES ($1, $2)`, [round.id, JSON.stringify(model)]);
    const fairness = { overall: {}, groups: [{ dimension: 'sizeBand', group: '1-2' }, { dimension: 'sizeBand', group: '5+' }, { dimension: 'ageBand', group: '25-34' }], rule: {} };
    const [run] = await sql<{ id: string }>(`INSERT INTO run (round_id, options, fairness) VALUES ($1, '{}', $2) RETURNING id`, [round.id, JSON.stringify(fairness)]);
    const explanation = { breakdown: { households: [{ criteria: [{ criterion: 'network', reasons: [{ code: 'network.community_language', params: { language: 'ara' } }, { code: 'network.self_organisations', params: { count: 1 } }] }] }] } };
    await sql(`INSERT INTO run_assignment (run_id, household_id, municipality_code, fit, explanation) VALUES ($1, $2, 'GM0034', 0.5, $3)`, [run.id, a.id, JSON.stringify(explanation)]);

    const runner = db.dataSource.createQueryRunner();
    try {
      await new VocabularyNormalForm1795990100000().up(runner);
    } finally {
      await runner.release();
    }

    const languages = await sql<{ language: string; cefr: string }>(`SELECT language, cefr FROM member_language WHERE member_id = $1 ORDER BY language`, [member]);
    expect(languages).toEqual([{ language: 'ar', cefr: 'C2' }, { language: 'nl', cefr: 'B2' }, { language: 'xx', cefr: 'B1' }]);

    const [profile] = await sql<{ networks: { communities: unknown[] } }>(`SELECT networks FROM municipality_profile WHERE municipality_code = 'GM0034'`);
    expect(profile.networks.communities).toEqual([{ language: 'ar', size: 10 }, { originRegion: 'Horn of Africa' }, { language: 'ti' }]);

    const [snapshot] = await sql<{ model: typeof model }>(`SELECT model FROM round_snapshot WHERE round_id = $1`, [round.id]);
    expect(snapshot.model.households[0].members[0].languages).toEqual([{ language: 'nl', cefr: 'B1' }, { language: 'ar', cefr: 'C2' }]);
    expect(snapshot.model.municipalities[0].networks.communityLanguages).toEqual(['ar', 'ti']);

    const [stored] = await sql<{ fairness: typeof fairness; explanation: typeof explanation }>(
      `SELECT r.fairness, a.explanation FROM run r JOIN run_assignment a ON a.run_id = r.id WHERE r.id = $1`, [run.id]);
    expect(stored.fairness.groups.map((g) => g.group)).toEqual(['homes_1_2', 'homes_5_plus', '25-34']);
    expect(stored.explanation.breakdown.households[0].criteria[0].reasons[0].params).toEqual({ language: 'ar' });

    // Running it again changes nothing.
    const again = db.dataSource.createQueryRunner();
    try {
      await new VocabularyNormalForm1795990100000().up(again);
    } finally {
      await again.release();
    }
    expect(await sql(`SELECT language, cefr FROM member_language WHERE member_id = $1 ORDER BY language`, [member])).toEqual(languages);
  });
});
