// The one error type that leaves server/zk. Library exceptions (numeric codes, assertion errors for bad
// paths) are translated here into a stable string `code` plus the `path` the operation was about, so no
// caller ever sees node-zookeeper-client's types.
// Retry guidance: NOT_CONNECTED means the request was never sent (safe to retry anything);
// CONNECTION_LOSS means it may or may not have been applied (retry reads; re-check before retrying writes).

export type ZkErrorCode =
  | 'NO_NODE'
  | 'NODE_EXISTS'
  | 'BAD_VERSION'
  | 'NOT_EMPTY'
  | 'NO_CHILDREN_FOR_EPHEMERALS'
  | 'CONNECTION_LOSS'
  | 'SESSION_EXPIRED'
  | 'NO_AUTH'
  | 'AUTH_FAILED'
  | 'INVALID_ACL'
  | 'BAD_ARGUMENTS'
  | 'OPERATION_TIMEOUT'
  | 'NOT_CONNECTED'
  | 'CLOSED'
  | 'UNKNOWN';

export type ZkErrorDetails = Readonly<Record<string, unknown>>;

export interface ZkErrorOptions {
  readonly path?: string | undefined;
  readonly details?: ZkErrorDetails | undefined;
  readonly cause?: unknown;
}

export class ZkError extends Error {
  override readonly name = 'ZkError';
  readonly code: ZkErrorCode;
  readonly path?: string;
  readonly details?: ZkErrorDetails;

  constructor(code: ZkErrorCode, message: string, options: ZkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.path !== undefined) this.path = options.path;
    if (options.details !== undefined) this.details = options.details;
  }
}

/** ZooKeeper's numeric error codes (KeeperException.Code) that we name; the rest become UNKNOWN. */
const CODES_BY_NUMBER: ReadonlyMap<number, ZkErrorCode> = new Map([
  [-101, 'NO_NODE'],
  [-110, 'NODE_EXISTS'],
  [-103, 'BAD_VERSION'],
  [-111, 'NOT_EMPTY'],
  [-108, 'NO_CHILDREN_FOR_EPHEMERALS'],
  [-4, 'CONNECTION_LOSS'],
  [-112, 'SESSION_EXPIRED'],
  [-102, 'NO_AUTH'],
  [-115, 'AUTH_FAILED'],
  [-114, 'INVALID_ACL'],
  [-8, 'BAD_ARGUMENTS'],
  [-7, 'OPERATION_TIMEOUT'],
]);

export function zkErrorCodeFromNumber(code: number): ZkErrorCode {
  return CODES_BY_NUMBER.get(code) ?? 'UNKNOWN';
}

export function zkErrorMessage(code: ZkErrorCode, path: string | undefined): string {
  return path === undefined ? code : `${code}: ${path}`;
}

/** Turns anything a library call threw or called back with into a ZkError carrying `path`. */
export function translateZkError(err: unknown, path?: string): ZkError {
  if (err instanceof ZkError) return err;
  if (isLibraryException(err)) {
    const code = zkErrorCodeFromNumber(err.code);
    const details = code === 'UNKNOWN' ? { zkCode: err.code } : undefined;
    return new ZkError(code, zkErrorMessage(code, path), { path, details, cause: err });
  }
  if (isAssertionError(err)) {
    // The library validates paths and arguments with node:assert before sending anything.
    return new ZkError('BAD_ARGUMENTS', `${zkErrorMessage('BAD_ARGUMENTS', path)} (${err.message})`, {
      path,
      cause: err,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ZkError('UNKNOWN', `${zkErrorMessage('UNKNOWN', path)} (${message})`, { path, cause: err });
}

function isLibraryException(err: unknown): err is { code: number } {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === 'number' &&
    typeof (err as { getCode?: unknown }).getCode === 'function'
  );
}

function isAssertionError(err: unknown): err is Error {
  return err instanceof Error && (err as { code?: unknown }).code === 'ERR_ASSERTION';
}

/** Narrowing helper: `if (isZkError(error, 'NO_NODE')) …`. */
export function isZkError(error: unknown, code?: ZkErrorCode): error is ZkError {
  return error instanceof ZkError && (code === undefined || error.code === code);
}
