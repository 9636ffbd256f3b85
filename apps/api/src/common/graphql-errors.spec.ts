import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { buildSchema, getVariableValues, GraphQLError, locatedError, parse, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '#common/domain-error.js';
import { formatGraphQLError, GRAPHQL_EXTENSIONS_BY_CODE, INTERNAL_ERROR_MESSAGE, variableErrorWithoutValue } from './graphql-errors.js';

/** What Apollo hands formatError for an error thrown in the resolver of `path`: graphql-js's located error. */
function thrownAt(error: unknown, path: readonly (string | number)[]): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const located = locatedError(error, undefined, path);
  return { formatted: located.toJSON(), error: located };
}

describe('formatGraphQLError', () => {
  it('maps every code, and only the codes, of DomainError', () => {
    expect(Object.keys(GRAPHQL_EXTENSIONS_BY_CODE).sort()).toEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it.each(DOMAIN_ERROR_CODES)('a %s thrown in a field resolver keeps its code, message and path', (code) => {
    const { formatted, error } = thrownAt(new DomainError(code, `refused: ${code}`), ['household', 'medicalNotes']);
    expect(formatGraphQLError(formatted, error)).toEqual({ message: `refused: ${code}`, path: ['household', 'medicalNotes'], extensions: { code } });
  });

  it('BAD_USER_INPUT carries the offending fields', () => {
    const { formatted, error } = thrownAt(DomainError.badInput([{ field: 'limit', message: 'must not be greater than 500' }]), ['run', 'assignments']);
    expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit', message: 'must not be greater than 500' }] });
  });

  it('anything else is "Internal error", whatever its message says, and is logged by its type only', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const { formatted, error } = thrownAt(new TypeError('failing row contains (Jane Doe)'), ['municipality', 'profile']);
      expect(formatGraphQLError(formatted, error)).toEqual({ message: INTERNAL_ERROR_MESSAGE, path: ['municipality', 'profile'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(log.mock.calls).toEqual([['unexpected TypeError']]);
    } finally {
      log.mockRestore();
    }
  });

  it('an error the server raised on purpose with a code (e.g. query validation) passes unchanged', () => {
    const formatted = { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatGraphQLError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });

  it.each([
    ['a serialization failure', '40001'],
    ['a deadlock', '40P01'],
  ])('%s of the database (SQLSTATE %s, as pg, PGlite and TypeORM carry it) is CONFLICT, "try again", and is not logged', (_name, sqlstate) => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const driverError = Object.assign(new Error('could not serialize access'), { code: sqlstate });
      const typeorm = Object.assign(new Error('could not serialize access'), { code: sqlstate, driverError });
      for (const failure of [driverError, typeorm, Object.assign(new Error('wrapped'), { driverError })]) {
        const { formatted, error } = thrownAt(failure, ['setCapacity']);
        expect(formatGraphQLError(formatted, error)).toEqual({ message: 'Changed by another request at the same time; try again', path: ['setCapacity'], extensions: { code: 'CONFLICT' } });
      }
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('another database error stays an internal error', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const { formatted, error } = thrownAt(Object.assign(new Error('violates check constraint'), { code: '23514' }), ['setCapacity']);
      expect(formatGraphQLError(formatted, error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      log.mockRestore();
    }
  });
});

describe('variableErrorWithoutValue: graphql-js’s variable errors without the caller’s value', () => {
  const schema = buildSchema(`
    enum Status { WAITING PLACED }
    input Member { birthYear: Int!, tags: [String!] }
    input Filter { status: Status, members: [Member!] }
    type Query { a(f: Filter, n: Int, s: String, b: Boolean, x: Float, id: ID): Int }
  `);
  /** graphql-js's own errors for `variables` of `query($f: Filter, …)`. */
  const errorsOf = (variables: Record<string, unknown>) => {
    const document = parse('query($f: Filter, $n: Int, $s: String, $b: Boolean, $x: Float, $id: ID) { a(f: $f, n: $n, s: $s, b: $b, x: $x, id: $id) }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    return getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors ?? [];
  };
  const secret = 'SECRET "value" at "f.members"; Int';

  it.each([
    ['an Int', { n: secret }, 'n'],
    ['a Float', { x: secret }, 'x'],
    ['a String', { s: { secret } }, 's'],
    ['a Boolean', { b: secret }, 'b'],
    ['an ID', { id: { secret } }, 'id'],
    ['an enum', { f: { status: secret } }, 'f.status'],
    ['an Int deep inside', { f: { members: [{ birthYear: 1990 }, { birthYear: secret }] } }, 'f.members[1].birthYear'],
    ['a list item', { f: { members: [{ birthYear: 1990, tags: ['a', { secret }] }] } }, 'f.members[0].tags[1]'],
  ])('%s: names the variable and the path, never the value', (_kind, variables, field) => {
    const errors = errorsOf(variables);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('SECRET'); // graphql-js quotes it
    const cleaned = variableErrorWithoutValue(errors[0].message, errors[0].originalError);
    expect(cleaned).not.toBeNull();
    expect(cleaned!.field).toBe(field);
    expect(cleaned!.message).not.toContain('SECRET');
    expect(cleaned!.reason).not.toContain('SECRET');
    expect(cleaned!.message.startsWith(`Variable "$${field.split(/[.[]/)[0]}" has an invalid value`)).toBe(true);
  });

  it('leaves other messages alone (null)', () => {
    expect(variableErrorWithoutValue('Variable "$n" of required type "Int!" was not provided.', undefined)).toBeNull();
    expect(variableErrorWithoutValue('Query too complex: cost 21 exceeds 20', new Error('x'))).toBeNull();
    const [missingField] = errorsOf({ f: { members: [{}] } });
    expect(variableErrorWithoutValue(missingField.message, missingField.originalError)).toEqual({
      message: 'Variable "$f" has an invalid value at "f.members[0]": Field "birthYear" of required type "Int!" was not provided.',
      field: 'f.members[0]',
      reason: 'Field "birthYear" of required type "Int!" was not provided.',
    });
  });
});
