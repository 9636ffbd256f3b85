import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app (GraphQL Code Generator, client preset): every `graphql(`…`)` document in
 * apps/web/src becomes a `TypedDocumentNode` in src/gql, checked against the committed schema file that the API's
 * code-first schema writes (`npm run schema`; test/schema-file.e2e-spec.ts fails when it is stale). Run by
 * `npm run codegen`, which `build:web` and `typecheck` run first.
 */
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // DateTime: ISO 8601 in UTC; JSON: a statement's parameters (matching/waiting/codes.ts)
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
