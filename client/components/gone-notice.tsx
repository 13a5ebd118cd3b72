import styles from './gone-notice.module.css';

/** The thing on screen just left the registry; its last known state stays visible, clearly marked. */
export function GoneNotice({ what }: { what: string }) {
  return (
    <p className={styles.notice} role="status">
      <strong>This {what} is no longer in the registry.</strong> Showing its last known state.
    </p>
  );
}
