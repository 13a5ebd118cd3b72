/**
 * How numbers, shares and times read in the console: tabular, compact, in the operator's language
 * (the current i18n locale; the words come from the `common` catalogue). Formatters are made once per
 * locale and kept.
 */
import { currentLocale, i18n } from '../i18n/i18n.ts';

function perLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const locale = currentLocale();
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

const integer = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const decimal = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
const relative = perLocale((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const absolute = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }),
);

export function formatCount(value: number): string {
  return integer().format(value);
}

/** A plain number with at most one decimal (weights, rates). */
export function formatDecimal(value: number): string {
  return decimal().format(value);
}

/** A traffic share in [0, 1] as a percentage: one decimal below 10 %, none above; "<0.1 %" for slivers. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  const percent = share * 100;
  if (percent < 0.1) return '<0.1%';
  if (percent < 10) return `${percent.toFixed(1)}%`;
  return `${Math.round(percent)}%`;
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "5 minutes ago" / "5分钟前"; `now` is passed in so the function stays pure. */
export function formatSince(iso: string, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 10 ? i18n.t('common:time.justNow') : relative().format(seconds, 'second');
}

/** When a retry starts, counting down: "retry in 4 s", "retry in 2 min", "retrying…" once it is due. */
export function formatRetryIn(iso: string | null, now: number): string {
  const time = iso === null ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(time) || time <= now) return i18n.t('common:time.retrying');
  const seconds = Math.ceil((time - now) / 1000);
  return seconds < 90
    ? i18n.t('common:time.retryInSeconds', { count: seconds })
    : i18n.t('common:time.retryInMinutes', { count: Math.round(seconds / 60) });
}

export function formatTimestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : absolute().format(time);
}
