import { useEffect, useState } from 'react';
import { formatSince, formatTimestamp } from '../lib/display-format.ts';

/** "3 minutes ago" that keeps itself current, with the exact time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow(30_000);
  return (
    <time dateTime={iso} title={formatTimestamp(iso)}>
      {formatSince(iso, now)}
    </time>
  );
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
