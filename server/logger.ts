import { pino, type Logger } from 'pino';

/** The root logger; modules take a child (`logger.child({ module: 'mirror' })`). JSON lines on stdout. */
export function createLogger(level: string = process.env['SWITCHBOARD_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ level, base: { app: 'switchboard' } });
}

export type { Logger };
