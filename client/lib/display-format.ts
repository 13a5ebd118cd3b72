/** How numbers, shares and times read in the console: tabular, compact, locale-stable. */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
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
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago"; `now` is passed in so the function stays pure. */
export function formatSince(iso: string, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 10 ? 'just now' : relative.format(seconds, 'second');
}

/** When a retry starts, counting down: "retry in 4 s", "retry in 2 min", "retrying…" once it is due. */
export function formatRetryIn(iso: string | null, now: number): string {
  const time = iso === null ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(time) || time <= now) return 'retrying…';
  const seconds = Math.ceil((time - now) / 1000);
  return seconds < 90 ? `retry in ${seconds} s` : `retry in ${Math.round(seconds / 60)} min`;
}

const absolute = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

export function formatTimestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : absolute.format(time);
}
