import { useTranslation } from 'react-i18next';
import { formatRetryIn, formatTimestamp } from '../lib/display-format.ts';
import { useNow } from '../lib/use-now.ts';

/** "retry in 4 s", kept current every second; the exact time on hover. */
export function RetryCountdown({ at }: { at: string | null }) {
  const { t } = useTranslation('common');
  const now = useNow(1000);
  const text = formatRetryIn(at, now);
  return at === null ? <span>{text}</span> : <time dateTime={at} title={t('retry.nextAttempt', { time: formatTimestamp(at) })}>{text}</time>;
}
