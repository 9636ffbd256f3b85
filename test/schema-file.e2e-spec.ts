import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The schema file the web app's typed operations are generated from (GraphQL Code Generator, apps/web/codegen.ts). */
const SCHEMA_FILE = 'apps/web/schema.graphql';

/**
 * The committed schema file is the schema the code-first API serves (issue 12): a resolver, field or description
 * changed without `npm run schema` fails here, so the web app's generated types never drift from the API.
 * `npm run schema` runs this test with WRITE_SCHEMA=1, which writes the file instead of comparing.
 */
describe('the schema file of the web app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it(`${SCHEMA_FILE} is the schema the API serves (run \`npm run schema\` after changing the API)`, () => {
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed === served ? 'current' : 'stale: run `npm run schema`').toBe('current');
  });
});
