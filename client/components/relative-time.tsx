import { formatSince, formatTimestamp } from '../lib/display-format.ts';
import { useNow } from '../lib/use-now.ts';

/** "3 minutes ago" that keeps itself current, with the exact time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow(30_000);
  return (
    <time dateTime={iso} title={formatTimestamp(iso)}>
      {formatSince(iso, now)}
    </time>
  );
}
