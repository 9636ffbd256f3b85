import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How a GraphQL request is named in metrics and logs, with a bounded number of values whatever clients send.
 * `operation`: the one root field it selects (`myWaitingStatus`, `runRound`, `__schema`: names from the schema,
 * since the document passed validation), several root fields joined by `+` in name order while fewer than
 * `MAX_COMBINED_LABELS` such combinations were seen (then `multiple`), or `unknown` when no operation was resolved
 * (a parse or validation error). `type`: `query`, `mutation`, `subscription` or `unknown`.
 */
export interface OperationLabel {
  readonly operation: string;
  readonly type: 'query' | 'mutation' | 'subscription' | 'unknown';
}

/** The label of a request whose operation was not resolved. */
export const UNKNOWN_OPERATION: OperationLabel = { operation: 'unknown', type: 'unknown' };

/** Most distinct combinations of several root fields labelled by name per process; later ones are `multiple`. */
export const MAX_COMBINED_LABELS = 50;

/** Labels operations; one per process (it remembers which combinations of root fields it admitted). */
export class OperationLabeler {
  private readonly combined = new Set<string>();

  /** The label of `operation` of `document` (which passed validation). */
  label(document: DocumentNode, operation: OperationDefinitionNode): OperationLabel {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const names = [...rootFieldNames(operation.selectionSet, fragments, new Set())].sort();
    return { operation: this.admit(names), type: operation.operation };
  }

  private admit(names: readonly string[]): string {
    if (names.length === 0) return 'unknown';
    if (names.length === 1) return names[0];
    const joined = names.join('+');
    if (this.combined.has(joined)) return joined;
    if (this.combined.size >= MAX_COMBINED_LABELS) return 'multiple';
    this.combined.add(joined);
    return joined;
  }
}

/** Field names directly under the operation, through fragment spreads and inline fragments (each fragment once). */
function rootFieldNames(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): Set<string> {
  const names = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) for (const n of rootFieldNames(selection.selectionSet, fragments, seen)) names.add(n);
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      for (const n of rootFieldNames(fragment.selectionSet, fragments, seen)) names.add(n);
    }
  }
  return names;
}

/**
 * What the request log says of a GraphQL request (`logging.ts`), filed by the metrics plugin under the HTTP request:
 * the label, the outcome, and the client's `operationName` when it is a GraphQL name of at most 64 characters.
 */
export interface LoggedOperation extends OperationLabel {
  readonly outcome: string;
  readonly operationName?: string;
}

const loggedOperations = new WeakMap<object, LoggedOperation>();

/** Files `operation` under the HTTP request object `request` for its log line. */
export function fileOperation(request: object, operation: LoggedOperation): void {
  loggedOperations.set(request, operation);
}

/** The GraphQL operation filed under `request`, if any. */
export function filedOperation(request: object): LoggedOperation | undefined {
  return loggedOperations.get(request);
}

/** `name` when it is a GraphQL name of 1–64 characters (what a client may call its operation), else undefined. */
export function boundedOperationName(name: unknown): string | undefined {
  return typeof name === 'string' && /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) ? name : undefined;
}
