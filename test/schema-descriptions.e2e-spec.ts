import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, type TestApp } from './support/test-app.js';
import { enumValueDescribed, groupBySource, undescribed } from './support/schema-descriptions.js';

/**
 * Every type, field, argument, input field, enum and enum value of the schema the app serves has a description
 * (issue 11, "Schema"). The schema is the one the running app builds (AppModule, code first), read from Nest's
 * schema host, so a field added anywhere is checked. The failure lists what is missing, one line each, grouped by
 * the source folder that owns the type when it can tell (see `undescribed`).
 */
describe('schema descriptions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('describes every type, field, argument, input field, enum and enum value', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const missing = undescribed(schema);
    expect(missing.length === 0 ? 'all described' : `${missing.length} without a description:\n${groupBySource(missing, 'apps/api/src')}`).toBe('all described');
  });

  it('walks the subscriptions too: the Subscription type is in the schema, and an undescribed subscription argument is found', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const subscription = schema.getSubscriptionType();
    expect(subscription?.getFields().runProgress).toBeDefined();
    expect(undescribed(schema).filter((line) => line.includes('Subscription.'))).toEqual([]);
    // the check can fail for a subscription: the same schema with the argument's description taken away
    const runId = subscription!.getFields().runProgress.args.find((a) => a.name === 'runId')!;
    const description = runId.description;
    runId.description = undefined;
    try {
      expect(undescribed(schema)).toContain('argument Subscription.runProgress(runId)');
    } finally {
      runId.description = description;
    }
  });

  it('counts an enum value as described by its own description or by its enum naming it', () => {
    expect(enumValueDescribed('DECLARED: said so; VERIFIED: checked', { name: 'VERIFIED' })).toBe(true);
    expect(enumValueDescribed('DECLARED: said so', { name: 'VERIFIED', description: 'checked by an officer' })).toBe(true);
    expect(enumValueDescribed('NOT_VERIFIED is not VERIFIED_LATER', { name: 'VERIFIED' })).toBe(false);
    expect(enumValueDescribed(null, { name: 'VERIFIED', description: ' ' })).toBe(false);
  });
});
