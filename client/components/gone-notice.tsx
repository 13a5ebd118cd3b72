import { Trans } from 'react-i18next';
import { ApiRequestError } from '../lib/api-client.ts';
import styles from './gone-notice.module.css';

type GoneNoticeProps = {
  what: string;
  /** The error of the refetch after the last good answer; the notice shows only when it is a 404. */
  error: unknown;
};

/** The thing on screen just left the registry; its last known state stays visible, clearly marked. */
export function GoneNotice({ what, error }: GoneNoticeProps) {
  if (!(error instanceof ApiRequestError && error.isNotFound)) return null;
  return (
    <p className={styles.notice} role="status">
      <Trans ns="common" i18nKey="gone" values={{ what }} components={{ strong: <strong /> }} />
    </p>
  );
}
