import { i18n } from '../../i18n/i18n.ts';

/**
 * What the server's release refusals mean for the operator, keyed by their stable codes (README, the
 * releases rows; the texts are the `releases:refusals.<CODE>` entries). The server's own message follows
 * as the detail; an unknown code shows only that.
 */
export function refusalMessage(code: string): string | undefined {
  if (!/^[A-Z][A-Z_]*$/.test(code)) return undefined;
  const key = `releases:refusals.${code}`;
  return i18n.exists(key) ? i18n.t(`releases:refusals.${code}`) : undefined;
}
