import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** What one subscription over WebSocket gave: its results in order, and how it ended. */
export interface SubscriptionOutcome<T = any> {
  /** Every `next` message (data and/or errors), in order. */
  readonly results: GraphQLResponse<T>[];
  /** `complete`: the server ended it; `error`: an `error` message (errors in `errors`); `closed`: the socket closed. */
  readonly ended: 'complete' | 'error' | 'closed';
  /** The errors of an `error` message (validation, limits, operation type). */
  readonly errors?: GraphQLResponse['errors'];
  /** Close code and reason when the server closed the connection (4401 not signed in, 4403 role refused). */
  readonly close?: { readonly code: number; readonly reason: string };
}

/** The WebSocket URL of a test app's GraphQL endpoint (ws://127.0.0.1:<port>/graphql). */
export function wsUrl(t: TestApp): string {
  return t.url.replace(/^http/, 'ws');
}

/** A graphql-ws client of `t`, signed in with `token` through `connectionParams.authorization` (none: anonymous). */
export function wsClient(t: TestApp, token?: string, authorization = token ? `Bearer ${token}` : undefined): Client {
  return createClient({
    url: wsUrl(t),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/**
 * Runs one subscription to its end (complete, error or the socket closing) and collects what came; `onResult` is called
 * on each result as it arrives (e.g. to act once the first event is in). Fails after `timeoutMs`.
 */
export function subscribeToEnd<T = any>(
  client: Client, query: string, variables?: Record<string, unknown>, options: { timeoutMs?: number; onResult?: (result: GraphQLResponse<T>) => void } = {},
): Promise<SubscriptionOutcome<T>> {
  const results: GraphQLResponse<T>[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`subscription still open after ${options.timeoutMs ?? 60_000} ms: ${JSON.stringify(results)}`)), options.timeoutMs ?? 60_000);
    const done = (outcome: Omit<SubscriptionOutcome<T>, 'results'>) => {
      clearTimeout(timer);
      resolve({ results, ...outcome });
    };
    client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          results.push(result as GraphQLResponse<T>);
          options.onResult?.(result as GraphQLResponse<T>);
        },
        complete: () => done({ ended: 'complete' }),
        error: (error: unknown) => {
          if (Array.isArray(error)) return done({ ended: 'error', errors: error });
          const event = error as { code?: unknown; reason?: unknown };
          if (typeof event.code === 'number') return done({ ended: 'closed', close: { code: event.code, reason: String(event.reason ?? '') } });
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      },
    );
  });
}
