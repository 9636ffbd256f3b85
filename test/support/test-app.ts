import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '#api/app.module.js';
import type { AppConfig } from '#api/config/app-config.js';
import { createTestDatabase } from '#persistence/testing/test-database.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real app on a random port, on a database of its own (a fresh schema on DATABASE_URL, or an
 * in-memory embedded database), seeded with the reference data and a small synthetic cohort.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AppConfig = {
    port: 0,
    database: database.config,
    seed: true,
    seedHouseholds: 120,
    introspection: true,
    production: false,
    ...overrides,
  };
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  return {
    app,
    url,
    async gql(query, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
