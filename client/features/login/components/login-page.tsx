import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { safeNextPath } from '../../../lib/next-path.ts';
import { signIn } from '../../../lib/session-change.ts';
import { useSession } from '../../../lib/session-query.ts';
import { useNow } from '../../../lib/use-now.ts';
import { loginFailure, lockoutText } from '../login-error.ts';
import type { LoginFailure } from '../login-error.ts';
import styles from './login-page.module.css';

/** /login: sign in, then back to `?next=` (a same-site path only) with every cached query refetched. */
export function LoginPage() {
  const session = useSession();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  return (
    <div className={styles.page}>
      <title>Sign in · Switchboard</title>
      <div className={styles.card}>
        <div className={styles.brand}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Switchboard</span>
        </div>
        {session.data?.mode === 'local' ? (
          <LocalModeNotice />
        ) : session.data?.user ? (
          <p className={styles.lead}>
            Signed in as <strong>{session.data.user}</strong>. <Link to={next}>Continue</Link>
          </p>
        ) : (
          <LoginForm next={next} />
        )}
      </div>
    </div>
  );
}

function LocalModeNotice() {
  return (
    <>
      <h1 className={styles.title}>Nothing to sign in to</h1>
      <p className={styles.lead}>
        This console runs in local mode: there is no users file, it only answers on this machine, and everyone here acts as the local admin.
      </p>
      <Link to="/" className="button button-primary">
        Go to the console
      </Link>
    </>
  );
}

function LoginForm({ next }: { next: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const now = useNow(1000);
  const errorId = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const lockout = lockoutText(failure?.lockedUntil ?? null, now);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      // Everything cached so far was read as somebody else (or nobody).
      await queryClient.invalidateQueries();
      await navigate(next, { replace: true });
    },
    onError: (error) => {
      setFailure(loginFailure(error, Date.now()));
      setPassword('');
      // Straight back to the password, so a typo is fixed from the keyboard.
      passwordRef.current?.focus();
    },
  });
  const locked = lockout !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked || mutation.isPending) return;
    setFailure(null);
    mutation.mutate({ username: username.trim(), password });
  };
  const showFailure = failure !== null && (failure.lockedUntil === null || locked);
  return (
    <form className={styles.form} aria-label="Sign in" onSubmit={submit} aria-describedby={showFailure ? errorId : undefined} noValidate>
      <h1 className={styles.title}>Sign in</h1>
      <label className={styles.field}>
        <span>User name</span>
        <input
          className="input"
          name="username"
          autoComplete="username"
          autoFocus
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </label>
      <label className={styles.field}>
        <span>Password</span>
        <input
          className="input"
          ref={passwordRef}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {showFailure ? (
        <div id={errorId}>
          <NoticeBox tone={locked ? 'warning' : 'danger'} title={failure.message}>
            {lockout ? <p className={styles.countdown}>{lockout}</p> : null}
          </NoticeBox>
        </div>
      ) : null}
      <button type="submit" className="button button-primary" disabled={locked || mutation.isPending || !username.trim() || !password}>
        {mutation.isPending ? <Spinner /> : null}
        Sign in
      </button>
    </form>
  );
}
