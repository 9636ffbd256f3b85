import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { PersistenceModule } from '#persistence/persistence.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { HouseholdsModule } from './households/households.module.js';
import { TaxonomyModule } from './taxonomy/taxonomy.module.js';
import { SeedingModule } from './seeding/seeding.module.js';
import { AuthModule, jwtOptions } from './auth/auth.module.js';
import { RoundsModule } from './rounds/rounds.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { AuditModule } from './audit/audit.module.js';
import { WaitingListModule } from './waiting-list/waiting-list.module.js';
import { ViewsModule } from './views/views.module.js';
import { JwtService } from '@nestjs/jwt';
import { bearerToken, verifyAccessToken } from './auth/tokens.js';
import { complexityLimitPlugin, depthLimitRule, operationShapeRule } from './common/query-limits.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { inputScreenPlugin } from './common/input-screen.js';
import { hideSuggestionsPlugin } from './common/schema-privacy.js';

/**
 * Whether an Authorization header carries a token this service signed and that passes every check the access guard
 * makes on a token (`verifyAccessToken` with `jwtOptions`, as AuthService: signature, `exp` present and not passed,
 * the claims we issue): the cost budget of a signed-in caller. A cheap check without a database read; the access
 * guard still decides whether the account may act.
 */
function signedTokenCheck(config: AppConfig): (authorization: string | undefined) => boolean {
  const jwt = new JwtService(jwtOptions(config));
  return (authorization) => {
    const token = bearerToken(authorization);
    if (!token) return false;
    try {
      verifyAccessToken(jwt, token, config.auth.tokenTtlSeconds);
      return true;
    } catch {
      return false;
    }
  };
}

@Global()
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot(config.database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.introspection,
          // Stack traces name files and lines, never needed by a client.
          includeStacktraceInErrorResponses: false,
          // The one error mapping: domain errors by code (operations, fields, middleware); anything else 'Internal error'.
          formatError: formatGraphQLError,
          context: ({ req }: { req: unknown }) => ({ req }),
          allowBatchedHttpRequests: false,
          // No automatic persisted queries: clients send the query text. With them on, a hash that did not match its
          // query answered an internal error (issue 14, tester); off, Apollo answers PERSISTED_QUERY_NOT_SUPPORTED.
          persistedQueries: false,
          validationRules: [depthLimitRule(config.limits.maxQueryDepth), operationShapeRule(config.limits)],
          plugins: [
            inputScreenPlugin(),
            complexityLimitPlugin(config.limits, signedTokenCheck(config)),
            // Without introspection the schema is not for reading: no "Did you mean …" in any error either.
            ...(config.introspection ? [] : [hideSuggestionsPlugin()]),
          ],
        }),
        JobsModule.forRoot(config),
        AuthModule,
        TaxonomyModule,
        MunicipalitiesModule,
        HouseholdsModule,
        SeedingModule,
        RoundsModule,
        ProposalsModule,
        AuditModule,
        WaitingListModule,
        ViewsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG],
    };
  }
}
