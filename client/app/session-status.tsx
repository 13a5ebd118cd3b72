import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LOGIN_PATH } from '../lib/next-path.ts';
import { signOut } from '../lib/session-change.ts';
import { useSession } from '../lib/session-query.ts';
import styles from './session-status.module.css';

/** Who the console acts as, in the header: the local-mode badge, or the signed-in person with Sign out. */
export function SessionStatus() {
  const { t } = useTranslation('shell');
  const session = useSession().data;
  if (!session) return null;
  if (session.mode === 'local') {
    const tip = t('session.localTip');
    return (
      <span className={styles.local} title={tip} tabIndex={0} aria-label={t('session.localLabel', { tip })}>
        <span className={styles.localMode}>
          {t('session.localMode')}
          <span className="visually-hidden">{t('session.localSeparator')}</span>
        </span>{' '}
        <span>{t('session.localOperator')}</span>
      </span>
    );
  }
  if (!session.user) return null;
  return (
    <div className={styles.user}>
      <span className={styles.name} title={session.via === 'token' ? t('session.viaToken') : undefined}>
        {session.user}
      </span>
      {session.role ? <span className={styles.role}>{session.role}</span> : null}
      {session.via === 'session' ? <SignOutButton /> : null}
    </div>
  );
}

function SignOutButton() {
  const { t } = useTranslation('shell');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      // Nothing read as this person may linger in the cache for the next one.
      queryClient.clear();
      await navigate(LOGIN_PATH, { replace: true });
    },
  });
  return (
    <button type="button" className={`button button-small ${styles.signOut}`} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
      {t('session.signOut')}
    </button>
  );
}
