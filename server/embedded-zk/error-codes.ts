// KeeperException codes that the server can send, and the error type the request pipeline throws
// to abort an operation with one of them.

export const ErrorCode = {
  ok: 0,
  systemError: -1,
  runtimeInconsistency: -2,
  marshallingError: -5,
  unimplemented: -6,
  badArguments: -8,
  noNode: -101,
  noAuth: -102,
  badVersion: -103,
  noChildrenForEphemerals: -108,
  nodeExists: -110,
  notEmpty: -111,
  sessionExpired: -112,
  invalidAcl: -114,
  authFailed: -115,
  noWatcher: -121,
  reconfigDisabled: -123,
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Thrown inside request handling; the code travels back in the ReplyHeader or a multi result. */
export class KeeperError extends Error {
  override readonly name = 'KeeperError';

  constructor(
    readonly code: ErrorCodeValue,
    readonly path?: string,
  ) {
    super(`KeeperErrorCode ${code}${path === undefined ? '' : ` for ${path}`}`);
  }
}
