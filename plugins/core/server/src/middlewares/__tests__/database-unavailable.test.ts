import { isDatabaseUnavailable } from '../database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['an administrator shutdown (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server still starting (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (class 08)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['a client that lost its connection', new Error('select 1 - Client has encountered a connection error and is not queryable')],
    ['a knex pool timeout', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['a connect timeout', new Error('timeout expired')],
    ['a transaction whose connection died between statements', new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')],
    ['a wrapped cause', new Error('query failed', { cause: withCode('ECONNRESET') })],
    ['an AggregateError from dual-stack connecting', Object.assign(new AggregateError([withCode('ECONNREFUSED')]), { code: undefined })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a validation error', Object.assign(new Error('The request is not valid'), { name: 'ValidationError' })],
    ['nothing', undefined],
    ['a string', 'Connection terminated'],
  ])('leaves %s alone', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('does not loop on a cause that points back to itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
