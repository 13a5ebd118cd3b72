import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions, useSession } from '../../../lib/session-query.ts';
import styles from './read-only-note.module.css';

/** Says, where the controls are, why a signed-in viewer finds them disabled (the tooltip alone is easy to miss). */
export function ReadOnlyNote() {
  const session = useSession().data;
  const { governance } = usePermissions();
  if (!session?.role || governance) return null;
  return (
    <p className={styles.note} role="note">
      Signed in as a {session.role}: you can look, not change. {needsRole('operator')} to set weights or enable and disable instances.
    </p>
  );
}
