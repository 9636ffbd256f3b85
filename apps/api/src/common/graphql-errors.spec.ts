import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { GraphQLError, locatedError, type GraphQLFormattedError } from 'graphql';
import { DOMAIN_ERROR_CODES, DomainError, type DomainErrorCode } from '#common/domain-error.js';
import { formatGraphQLError, GRAPHQL_EXTENSIONS_BY_CODE, INTERNAL_ERROR_MESSAGE } from './graphql-errors.js';

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
