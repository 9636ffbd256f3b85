/**
 * Input the database cannot take, refused at the edge before anything is resolved (issue 14, Low faults), for every
 * argument of every field of the operation, whether written in the document or sent as a variable:
 * - a NUL character (U+0000) in any string: PostgreSQL refuses it in text, so it used to fail as an internal error;
 * - a lone surrogate (a JSON `\ud800` escape without its pair) in any string: it is no Unicode text, and the database
 *   driver stored it as U+FFFD, so what was read back differed from what was sent;
 * - an `ID` that is not a UUID: every `ID` of this API is a PostgreSQL `uuid` (households, rounds, runs, proposals,
 *   ties, accounts), so a malformed one used to fail in the database. Ids typed `String` (e.g. the proposals filter,
 *   kept `String` so existing clients' variables stay valid) are checked by their DTO (`@IsUUID`).
 * Both are answered as one BAD_USER_INPUT error with HTTP status 400, naming each offending value by its path from
 * the argument (`proposalId`, `input.members[0].fullName`, `filter.householdId`) in `extensions.fields`.
 *
 * The check is by the schema's types, so an argument or input field added later is covered without more code. It
 * runs before the access guards: it looks at the form of the input alone, so its answer says nothing about any
 * stored record (a malformed id is refused the same for every caller, signed in or not).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues, GraphQLError, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, Kind, TypeInfo,
  valueFromAST, visit, visitWithTypeInfo, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLInputType,
  type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { DomainError, type FieldProblem } from '#common/domain-error.js';
import { graphQLExtensions } from './graphql-errors.js';
import { isUuid } from './uuid.js';

/** The message for a string holding U+0000. */
export const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';
/** The message for a string holding a lone UTF-16 surrogate. */
export const LONE_SURROGATE_MESSAGE = 'must be valid Unicode text (it holds half of a UTF-16 surrogate pair)';
/** The message for an `ID` that is not a UUID. */
export const NOT_AN_ID_MESSAGE = 'must be an id (a UUID)';
/** Most problems listed in one answer: enough to fix a form, too few to make the answer large. */
const MAX_PROBLEMS = 20;

/**
 * Problems of one argument `value` (already coerced to `type`), named from `path`: NUL in a string anywhere (also
 * inside custom scalars), an `ID` that is not a UUID. Enums are never strings a client chose freely: skipped.
 */
export function inputProblems(value: unknown, type: GraphQLInputType, path: string, out: FieldProblem[] = []): FieldProblem[] {
  if (out.length >= MAX_PROBLEMS || value === null || value === undefined) return out;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((item, i) => inputProblems(item, inner.ofType, `${path}[${i}]`, out));
    return out;
  }
  if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      const v = (value as Record<string, unknown>)[field.name];
      if (v !== undefined) inputProblems(v, field.type, `${path}.${field.name}`, out);
    }
    return out;
  }
  if (isEnumType(inner)) return out;
  if (isScalarType(inner) && inner.name === 'ID' && typeof value === 'string' && !value.includes('\u0000') && !isUuid(value)) {
    out.push({ field: path, message: NOT_AN_ID_MESSAGE });
    return out;
  }
  if (someString(value, (s) => s.includes('\u0000'))) out.push({ field: path, message: NUL_MESSAGE });
  else if (someString(value, (s) => LONE_SURROGATE.test(s))) out.push({ field: path, message: LONE_SURROGATE_MESSAGE });
  return out;
}

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string anywhere in `value` (a scalar's parsed value: a string, or the keys and values of a JSON-like scalar) satisfies `test`. */
function someString(value: unknown, test: (s: string) => boolean, depth = 0): boolean {
  if (typeof value === 'string') return test(value);
  if (depth > 20 || value === null || typeof value !== 'object' || value instanceof Date) return false;
  return Object.entries(value).some(([k, v]) => test(k) || someString(v, test, depth + 1));
}

/** The operation and every fragment it uses (directly or through other fragments), each once. */
function reachableDefinitions(document: DocumentNode, operation: OperationDefinitionNode): ASTNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const out: ASTNode[] = [operation];
  for (let i = 0; i < out.length; i += 1) {
    visit(out[i], {
      FragmentSpread(node) {
        const f = fragments.get(node.name.value);
        if (f && !seen.has(f.name.value)) {
          seen.add(f.name.value);
          out.push(f);
        }
      },
    });
  }
  return out;
}

/**
 * Every problem of `operation`'s arguments (field and directive arguments, literal or variable) with `variables`
 * already coerced. Arguments are named by name and path inside them; a field's arguments are checked where the
 * field is written, so a field repeated under aliases is checked each time.
 */
export function operationInputProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const definition of reachableDefinitions(document, operation)) {
    const typeInfo = new TypeInfo(schema);
    visit(definition, visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument || out.length >= MAX_PROBLEMS) return;
        const value = valueFromAST(node.value, argument.type, variables);
        const directive = typeInfo.getDirective();
        inputProblems(value, argument.type, directive ? `@${directive.name}.${argument.name}` : argument.name, out);
      },
    }));
  }
  return out;
}

/**
 * The Apollo plugin that refuses such input (see the file's comment). Variables that do not fit their types are
 * left to graphql's own coercion, which Apollo answers as BAD_USER_INPUT (HTTP 400) naming the variable.
 */
export function inputScreenPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const problems = operationInputProblems(schema, document, operation, coerced.coerced);
          if (!problems.length) return;
          const refused = DomainError.badInput(problems);
          throw new GraphQLError(refused.message, { extensions: { ...graphQLExtensions(refused), http: { status: 400 } } });
        },
      };
    },
  };
}
