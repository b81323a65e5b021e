import { Neo4jError, error as neo4jErrorCodes } from 'neo4j-driver';
import { StoreTimeoutError, StoreUnavailableError } from '../errors';

/** Neo4j failures as the store's typed errors, by error code (never by message text). */
export function toStoreError(cause: unknown, uri: string): unknown {
  if (!(cause instanceof Neo4jError)) return cause;
  const code = cause.code;
  if (code === neo4jErrorCodes.SERVICE_UNAVAILABLE || code === neo4jErrorCodes.SESSION_EXPIRED) {
    return new StoreUnavailableError(`Neo4j at ${uri} is unreachable: ${cause.message}`, { cause });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(`Neo4j at ${uri} refused the credentials (${code})`, { cause });
  }
  // A transaction that times out while waiting for a lock ends as LockClientStopped: a ClientError in Neo4j 5, transient in 4.
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code.endsWith('.Transaction.LockClientStopped')) {
    return new StoreTimeoutError(`Neo4j at ${uri} did not answer in time (${code})`, { cause });
  }
  if (code.startsWith('Neo.TransientError.') || code.startsWith('Neo.DatabaseError.')) {
    return new StoreUnavailableError(`Neo4j at ${uri} failed: ${cause.message} (${code})`, { cause });
  }
  return cause;
}
