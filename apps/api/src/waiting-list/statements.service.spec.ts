import { STAFF_LOCALES, SUPPORTED_LOCALES } from '#matching/messages/locales.js';
import type { IscoRepository } from '#persistence/repositories/isco.repository.js';
import type { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { distinctStatements, StatementsService } from './statements.service.js';

describe('StatementsService', () => {
  it('loads the names again after a failed load instead of keeping the failure', async () => {
    let reads = 0;
    const municipalities = {
      find: async () => {
        reads += 1;
        if (reads === 1) throw new Error('database not ready');
        return [{ cbsCode: 'GM0363', name: 'Amsterdam' }];
      },
    } as unknown as MunicipalityRepository;
    const isco = { all: async () => [] } as unknown as IscoRepository;
    const statements = new StatementsService(municipalities, isco);
    const say = () => statements.say('ties.distance', { kind: 'job_contract', municipality: 'GM0363', km: 12.5, status: 'verified' }, 'en');

    await expect(say()).rejects.toThrow('database not ready');
    const second = await say();
    expect(reads).toBe(2);
    expect(second.text).toContain('Amsterdam');
    await say();
    expect(reads).toBe(2); // loaded once it succeeded, then kept
  });

  describe('each sentence once in a list (issue 11)', () => {
    const LOCALES = SUPPORTED_LOCALES;
    const service = () => {
      const municipalities = { find: async () => [{ cbsCode: 'GM0090', name: 'Smallingerland' }] } as unknown as MunicipalityRepository;
      const isco = { all: async () => [] } as unknown as IscoRepository;
      return new StatementsService(municipalities, isco);
    };
    // a two-member household: both want work, with different aspirations; the sentence shows neither
    const employers = [
      { code: 'labour.open_employers', params: { member: 1, aspiration: 'any_work', count: 6, municipality: 'GM0090' } },
      { code: 'labour.open_employers', params: { member: 2, aspiration: 'work_in_profession', count: 6, municipality: 'GM0090' } },
      { code: 'services.primary_school', params: { children: 1, municipality: 'GM0090' } },
    ];

    it.each(LOCALES)('the newcomer reads the employers once in %s (sayAll)', async (locale) => {
      const said = await service().sayAll(employers, locale);
      expect(said.map((s) => s.code)).toEqual(['labour.open_employers', 'services.primary_school']);
      expect(said[0].params).toMatchObject({ member: 1 }); // the first kept
    });

    it.each(STAFF_LOCALES)('the municipality reads the employers once in %s (sayAllAs)', async (locale) => {
      const said = await service().sayAllAs('municipality', employers, locale);
      expect(said.map((s) => s.code)).toEqual(['labour.open_employers', 'services.primary_school']);
      expect(said.every((s) => !s.missing)).toBe(true);
    });

    it('keeps sentences that read differently, and the same sentence in two languages', () => {
      const s = (text: string, locale = 'nl') => ({ text, locale });
      expect(distinctStatements([s('a'), s('b'), s('a'), s('a', 'en'), s('b')])).toEqual([s('a'), s('b'), s('a', 'en')]);
    });

    it('keeps two different counts apart (different facts, different sentences)', async () => {
      const said = await service().sayAll([employers[0], { ...employers[1], params: { ...employers[1].params, count: 7 } }], 'nl');
      expect(said).toHaveLength(2);
    });
  });
});
