import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../../bridge/src/db/unavailable';
import { DomainError } from '../../bridge/src/shared/domain-error';

/** An error as mysql2 makes them: a message, a code when it has one, `fatal` when the connection died of it. */
function driverError(message: string, extra: { code?: string; fatal?: boolean }): Error {
  return Object.assign(new Error(message), extra);
}

describe('telling a lost database from a failed statement', () => {
  it('takes a dropped, refused or killed connection for the database being unavailable, however wrapped', () => {
    const lost = [
      driverError('Connection lost: The server closed the connection.', {
        code: 'PROTOCOL_CONNECTION_LOST',
        fatal: true,
      }),
      driverError('connect ECONNREFUSED 127.0.0.1:3306', { code: 'ECONNREFUSED', fatal: true }),
      driverError('Connection was killed', { code: 'ER_CONNECTION_KILLED' }),
      driverError('Server shutdown in progress', { code: 'ER_SERVER_SHUTDOWN' }),
      // What drizzle's ROLLBACK meets on a connection whose query was killed: no code, only `fatal`.
      driverError("Can't add new command when connection is in closed state", { fatal: true }),
    ];
    for (const cause of lost) {
      const wrapped = new DrizzleQueryError('rollback', [], cause);
      const found = databaseUnavailable(new Error('export step failed', { cause: wrapped }));
      expect(found, cause.message).toBeInstanceOf(DomainError);
      expect(found).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
      // The driver's words (which name the server's address) stay out of the merchant's message.
      expect(found?.message).not.toContain('127.0.0.1');
    }
  });

  it('leaves a statement the server refused, and anything else, alone', () => {
    const refused = driverError("Duplicate entry '1' for key 'PRIMARY'", { code: 'ER_DUP_ENTRY' });
    expect(databaseUnavailable(new DrizzleQueryError('insert', [], refused))).toBeUndefined();
    expect(databaseUnavailable(driverError('closed state', { fatal: false }))).toBeUndefined();
    expect(databaseUnavailable(new DomainError('INVALID', 'no'))).toBeUndefined();
    expect(databaseUnavailable('text')).toBeUndefined();
    expect(databaseUnavailable(undefined)).toBeUndefined();
  });
});
