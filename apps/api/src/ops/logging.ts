import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import type { OpsConfig } from '../config/app-config.js';
import { filedOperation } from './operation-label.js';

/**
 * Paths pino blanks in every log line, should any code log an object carrying them: credentials (the
 * Authorization header, cookies, passwords, tokens) and GraphQL variables and bodies, which carry names, birth
 * years, notes and free texts. The serializers below never log them in the first place; this is the second line.
 */
export const REDACTED_PATHS = [
  'req.headers',
  'req.body',
  'req.query',
  'headers',
  'body',
  'variables',
  'password',
  'token',
  'authorization',
  'cookie',
  '*.headers',
  '*.body',
  '*.variables',
  '*.password',
  '*.token',
  '*.authorization',
  '*.cookie',
];

/** Paths whose requests are not logged one by one: probes and scrapes come every few seconds. */
export function isProbe(path: string): boolean {
  return path === '/metrics' || path === '/health' || path.startsWith('/health/');
}

/** The path of a request URL without its query string (a GET request can carry a query and variables there). */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return path.length > 200 ? path.slice(0, 200) : path;
}

/**
 * nestjs-pino's settings: one JSON line per request at `info` (`error` for a 5xx), probes and scrapes left out, and
 * Nest's own logs (through `app.useLogger`) as JSON lines with their `context`. What a request line holds, all of
 * it: a request id (`X-Request-Id` when the caller sent a short token-like one, else a new UUID, echoed in the
 * answer), method, path without query string, status, response time in ms, and for GraphQL the operation label,
 * type, outcome and the client's operation name (`LoggedOperation`). Never headers (Authorization, cookies), the
 * client's address, the query string, the body or GraphQL variables; errors by type and code only, never their
 * message (a database error quotes the row). `REDACTED_PATHS` blanks the same should anything log them anyway.
 */
export function loggerParams(ops: OpsConfig): Params {
  const options: Params['pinoHttp'] = {
    level: ops.logLevel,
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const sent = req.headers['x-request-id'];
      const id = typeof sent === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(sent) ? sent : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    quietReqLogger: true,
    autoLogging: { ignore: (req: IncomingMessage) => isProbe(pathOf(req.url)) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, _res, value: object) => withOperation(req, value),
    customErrorObject: (req, _res, _error, value: object) => withOperation(req, value),
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: (error: { type?: string; code?: unknown }) => ({
        type: error.type,
        ...(typeof error.code === 'string' && /^[A-Z0-9_]{1,40}$/i.test(error.code) ? { code: error.code } : {}),
      }),
    },
  };
  return { pinoHttp: ops.logDestination ? [options, ops.logDestination] : options };
}

function withOperation(req: IncomingMessage, value: object): object {
  const operation = filedOperation(req);
  return operation ? { ...value, graphql: operation } : value;
}
