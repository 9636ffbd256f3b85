import type { IscoRepository } from '#persistence/repositories/isco.repository.js';
import type { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { StatementsService } from './statements.service.js';

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
});
