// The logging surface the embedded server uses. A pino logger satisfies it; the default is silent
// so tests and library users get no output unless they inject one.

export interface EmbeddedZkLogger {
  debug(details: object, message?: string): void;
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

export const silentLogger: EmbeddedZkLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};
