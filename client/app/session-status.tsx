import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { LOGIN_PATH } from '../lib/next-path.ts';
import { signOut } from '../lib/session-change.ts';
import { useSession } from '../lib/session-query.ts';
import styles from './session-status.module.css';

const LOCAL_MODE_TIP =
  'No users file is configured, so the console only answers on this machine (loopback) and everyone here acts as the local admin. Start it with --users to require sign-in.';

/** Who the console acts as, in the header: the local-mode badge, or the signed-in person with Sign out. */
export function SessionStatus() {
  const session = useSession().data;
  if (!session) return null;
  if (session.mode === 'local') {
    return (
      <span className={styles.local} title={LOCAL_MODE_TIP} tabIndex={0} aria-label={`Local mode, local-operator (admin). ${LOCAL_MODE_TIP}`}>
        <span className={styles.localMode}>Local mode<span className="visually-hidden"> ·</span></span> <span>local-operator (admin)</span>
      </span>
    );
  }
  if (!session.user) return null;
  return (
    <div className={styles.user}>
      <span className={styles.name} title={session.via === 'token' ? 'Signed in with an API token' : undefined}>
        {session.user}
      </span>
      {session.role ? <span className={styles.role}>{session.role}</span> : null}
      {session.via === 'session' ? <SignOutButton /> : null}
    </div>
  );
}

function SignOutButton() {
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
      Sign out
    </button>
  );
}
