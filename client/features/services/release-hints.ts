import { i18n } from '../../i18n/i18n.ts';

/**
 * Two numbers every Dubbo URL carries and people mix up: `release=` is the framework release the
 * application runs (2.7.8, 3.3.1); `dubbo=` is the protocol version (2.0.2 for every 2.7 and 3.x
 * release). The column headings of both tables explain them with these hints.
 */
export function releaseHint(): string {
  return i18n.t('services:hints.release');
}

export function protocolHint(): string {
  return i18n.t('services:hints.protocol');
}
