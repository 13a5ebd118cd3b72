import { useTranslation } from 'react-i18next';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions, useSession } from '../../../lib/session-query.ts';
import styles from './read-only-note.module.css';

/** Says, where the controls are, why a signed-in viewer finds them disabled (the tooltip alone is easy to miss). */
export function ReadOnlyNote() {
  const { t } = useTranslation('governance');
  const session = useSession().data;
  const { governance } = usePermissions();
  if (!session?.role || governance) return null;
  return (
    <p className={styles.note} role="note">
      {t('readOnly', { role: session.role, needed: needsRole('operator') })}
    </p>
  );
}
