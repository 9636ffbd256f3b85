import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { OpsMetrics, type GraphQLOutcome } from './metrics.service.js';
import { boundedOperationName, fileOperation, OperationLabeler, UNKNOWN_OPERATION, type OperationLabel } from './operation-label.js';

interface RequestContext {
  readonly req?: object;
}

/**
 * Times every GraphQL request from its start to its answer (`OpsMetrics.observeRequest`) and files its label and
 * outcome under the HTTP request for the request log (`fileOperation`, with the resolved operation's own name). Registered by Nest's `@Plugin()`, so the
 * GraphQL module's configuration does not change. Never reads variables or the answer's data.
 */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin<RequestContext> {
  private readonly labeler = new OperationLabeler();

  constructor(private readonly metrics: OpsMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    const started = process.hrtime.bigint();
    let label: OperationLabel = UNKNOWN_OPERATION;
    let operationName: string | undefined;
    const labeler = this.labeler;
    const metrics = this.metrics;
    return {
      async didResolveOperation({ document, operation }) {
        if (!operation) return;
        label = labeler.label(document, operation);
        operationName = boundedOperationName(operation.name?.value);
      },
      async willSendResponse({ response, contextValue }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        const outcome = outcomeOf(errors, response.http.status);
        metrics.observeRequest(label, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        if (contextValue.req) fileOperation(contextValue.req, { ...label, outcome, ...(operationName ? { operationName } : {}) });
      },
    };
  }
}

/** `failed` when any error is internal or the status is 5xx, `refused` when there are only other errors, else `success`. */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined, status: number | undefined): GraphQLOutcome {
  if ((status ?? 200) >= 500 || errors?.some((e) => (e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR')) return 'failed';
  return errors?.length ? 'refused' : 'success';
}
