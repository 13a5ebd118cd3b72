/**
 * The one error type of the pure Dubbo model. `code` is stable so callers (registry mirror, rule store,
 * HTTP layer) can turn a bad registry node or rule file into a warning instead of a crash
 * (DESIGN.md §6 "Bad input").
 */
export type DubboFormatErrorCode = 'MALFORMED_URL' | 'MALFORMED_RULE' | 'MALFORMED_KEY' | 'MALFORMED_INSTANCE';

export class DubboFormatError extends Error {
  readonly code: DubboFormatErrorCode;

  constructor(code: DubboFormatErrorCode, message: string) {
    super(message);
    this.name = 'DubboFormatError';
    this.code = code;
  }
}
