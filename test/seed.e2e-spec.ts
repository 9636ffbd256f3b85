import { SeedingService } from '#api/seeding/seeding.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('seeding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedHouseholds: 50 });
  });
  afterAll(() => t?.close());

  it('is idempotent: seeding an already seeded database adds nothing', async () => {
    const count = async () => {
      const { data } = await t.gql('{ municipalities { code } households(limit: 1) { total } }', {}, await t.login('officer@demo.local'));
      return { municipalities: data.municipalities.length, households: data.households.total };
    };
    const before = await count();
    expect(before).toEqual({ municipalities: 342, households: 50 });
    const report = await t.app.get(SeedingService).seed(new Date());
    expect(report.map((r) => r.step)).toContain('demo:accounts:v1');
    expect(report.every((step) => step.rows === null)).toBe(true);
    expect(await count()).toEqual(before);
  });
});
