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
import { AuthModule } from './auth/auth.module.js';
import { RoundsModule } from './rounds/rounds.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { AuditModule } from './audit/audit.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { MailModule } from './mail/mail.module.js';
import { DataExportModule } from './data-export/data-export.module.js';
import { ErasureModule } from './erasure/erasure.module.js';
import { WaitingListModule } from './waiting-list/waiting-list.module.js';
import { ViewsModule } from './views/views.module.js';
import { AuthService } from './auth/auth.service.js';
import { RateLimits } from './auth/rate-limits.js';
import { complexityLimitPlugin, depthLimitRule, operationShapeRule } from './common/query-limits.js';
import { formatGraphQLError } from './common/graphql-errors.js';
import { inputScreenPlugin } from './common/input-screen.js';
import { hideSuggestionsPlugin } from './common/schema-privacy.js';
import { OpsModule } from './ops/ops.module.js';
import { WebModule } from './web/web.module.js';
import { DatabaseShutdown } from './ops/http-drain.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { graphqlContext, SubscriptionGate } from './subscriptions/graphql-ws.js';

@Global()
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot(config.database),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [SubscriptionsModule],
          // The query budget knows who is asking from the request's authentication, made once and shared with the
          // access guard (`AuthService.authenticateRequest`), and counts per minute in the shared limiters.
          inject: [SubscriptionGate, AuthService, RateLimits],
          useFactory: (gate: SubscriptionGate, auth: AuthService, rateLimits: RateLimits): ApolloDriverConfig => ({
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.introspection,
            // Stack traces name files and lines, never needed by a client.
            includeStacktraceInErrorResponses: false,
            // The one error mapping: domain errors by code (operations, fields, middleware); anything else 'Internal error'.
            formatError: formatGraphQLError,
            // `{ req }` for HTTP and for subscriptions over WebSocket alike (the token from connectionParams).
            context: graphqlContext,
            // Subscriptions over graphql-ws at ws://…/graphql, with the same token, access rules and limits (SubscriptionGate).
            subscriptions: { 'graphql-ws': gate.options() },
            allowBatchedHttpRequests: false,
            // No automatic persisted queries: clients send the query text. With them on, a hash that did not match its
            // query answered an internal error (issue 14, tester); off, Apollo answers PERSISTED_QUERY_NOT_SUPPORTED.
            persistedQueries: false,
            validationRules: [depthLimitRule(config.limits.maxQueryDepth), operationShapeRule(config.limits)],
            plugins: [
              inputScreenPlugin(),
              complexityLimitPlugin(config.limits, async (req) => (await auth.authenticateRequest(req)).viewer, rateLimits),
              // Without introspection the schema is not for reading: no "Did you mean …" in any error either.
              ...(config.introspection ? [] : [hideSuggestionsPlugin()]),
            ],
          }),
        }),
        JobsModule.forRoot(config),
        MailModule,
        AuthModule,
        TaxonomyModule,
        MunicipalitiesModule,
        HouseholdsModule,
        SeedingModule,
        RoundsModule,
        ProposalsModule,
        AuditModule,
        NotificationsModule,
        WaitingListModule,
        ViewsModule,
        DataExportModule,
        ErasureModule,
        OpsModule.forRoot(config.ops),
        WebModule.forRoot(config.webDir),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        // Here, in the root module, whose shutdown hooks Nest runs last: after everything that may still write.
        DatabaseShutdown,
      ],
      exports: [APP_CONFIG],
    };
  }
}
