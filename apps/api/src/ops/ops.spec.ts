import { parse, Kind, type OperationDefinitionNode } from 'graphql';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { MAX_COMBINED_LABELS, OperationLabeler, boundedOperationName } from './operation-label.js';
import { outcomeOf } from './graphql-metrics.plugin.js';
import { checkMetricsAccess } from './metrics.controller.js';
import { isProbe, pathOf } from './logging.js';
import { opsConfigFromEnv } from '../config/app-config.js';

function label(labeler: OperationLabeler, text: string) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return labeler.label(document, operation);
}

describe('operation labels', () => {
  it('names an operation by its root field, through fragments, never by the client’s name', () => {
    const labeler = new OperationLabeler();
    expect(label(labeler, 'query Whatever { myWaitingStatus { position } }')).toEqual({ operation: 'myWaitingStatus', type: 'query' });
    expect(label(labeler, 'mutation { a: runRound(roundId: "x") { id } b: runRound(roundId: "y") { id } }')).toEqual({ operation: 'runRound', type: 'mutation' });
    expect(label(labeler, 'query { ...F } fragment F on Query { ... on Query { me { id } } }')).toEqual({ operation: 'me', type: 'query' });
    expect(label(labeler, 'query { rounds { id } me { id } }')).toEqual({ operation: 'me+rounds', type: 'query' });
  });

  it('admits at most MAX_COMBINED_LABELS combinations of root fields, then says multiple', () => {
    const labeler = new OperationLabeler();
    for (let i = 0; i < MAX_COMBINED_LABELS; i++) expect(label(labeler, `{ a${i} b }`).operation).toBe(`a${i}+b`);
    expect(label(labeler, '{ z b }').operation).toBe('multiple');
    expect(label(labeler, '{ a0 b }').operation).toBe('a0+b');
    expect(label(labeler, '{ z }').operation).toBe('z');
  });

  it('keeps an operation name only when it is a short GraphQL name', () => {
    expect(boundedOperationName('SignIn')).toBe('SignIn');
    expect(boundedOperationName('x'.repeat(65))).toBeUndefined();
    expect(boundedOperationName('Jan Jansen')).toBeUndefined();
    expect(boundedOperationName(undefined)).toBeUndefined();
  });
});

describe('GraphQL outcome', () => {
  it('is failed on an internal error or a 5xx, refused on client errors only, else success', () => {
    expect(outcomeOf(undefined, 200)).toBe('success');
    expect(outcomeOf([{ message: 'x', extensions: { code: 'FORBIDDEN' } }], 200)).toBe('refused');
    expect(outcomeOf([{ message: 'x', extensions: { code: 'FORBIDDEN' } }, { message: 'y', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], 200)).toBe('failed');
    expect(outcomeOf([{ message: 'no code' }], 200)).toBe('failed');
    expect(outcomeOf(undefined, 503)).toBe('failed');
  });
});

describe('who reads /metrics', () => {
  const local = { headers: {}, socket: { remoteAddress: '127.0.0.1' } };
  it('without a token: loopback only, not through a proxy', () => {
    expect(() => checkMetricsAccess(local, undefined)).not.toThrow();
    expect(() => checkMetricsAccess({ headers: {}, socket: { remoteAddress: '::ffff:127.0.0.1' } }, undefined)).not.toThrow();
    expect(() => checkMetricsAccess({ headers: {}, socket: { remoteAddress: '10.0.0.5' } }, undefined)).toThrow(ForbiddenException);
    expect(() => checkMetricsAccess({ headers: { 'x-forwarded-for': '1.2.3.4' }, socket: { remoteAddress: '127.0.0.1' } }, undefined)).toThrow(ForbiddenException);
  });
  it('with a token: that bearer token, from anywhere', () => {
    const remote = (authorization?: string) => ({ headers: authorization ? { authorization } : {}, socket: { remoteAddress: '10.0.0.5' } });
    expect(() => checkMetricsAccess(remote('Bearer s3cret'), 's3cret')).not.toThrow();
    expect(() => checkMetricsAccess(remote('Bearer s3cre'), 's3cret')).toThrow(UnauthorizedException);
    expect(() => checkMetricsAccess(remote(), 's3cret')).toThrow(UnauthorizedException);
    expect(() => checkMetricsAccess(local, 's3cret')).toThrow(UnauthorizedException);
  });
});

describe('ops configuration and log paths', () => {
  it('reads LOG_LEVEL, METRICS_TOKEN and HTTP_DRAIN_SECONDS with their defaults, refusing nonsense', () => {
    expect(opsConfigFromEnv({})).toEqual({ logLevel: 'info', metricsToken: undefined, httpDrainSeconds: 10 });
    expect(opsConfigFromEnv({ LOG_LEVEL: 'warn', METRICS_TOKEN: 't', HTTP_DRAIN_SECONDS: '2.5' })).toEqual({ logLevel: 'warn', metricsToken: 't', httpDrainSeconds: 2.5 });
    expect(() => opsConfigFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => opsConfigFromEnv({ HTTP_DRAIN_SECONDS: '-1' })).toThrow(/HTTP_DRAIN_SECONDS/);
  });
  it('logs paths without their query string and leaves probes out', () => {
    expect(pathOf('/graphql?query=x&variables={"name":"A"}')).toBe('/graphql');
    expect(isProbe('/health/ready')).toBe(true);
    expect(isProbe('/metrics')).toBe(true);
    expect(isProbe('/graphql')).toBe(false);
  });
});
