import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('login');
  const session = useSession();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'));
  return (
    <div className={styles.page}>
      <title>{t('documentTitle')}</title>
      <div className={styles.card}>
        <div className={styles.brand}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('brand')}</span>
        </div>
        {session.data?.mode === 'local' ? (
          <LocalModeNotice />
        ) : session.data?.user ? (
          <p className={styles.lead}>
            <Trans t={t} i18nKey="signedInAs" values={{ user: session.data.user }} components={{ strong: <strong />, continue: <Link to={next} /> }} />
          </p>
        ) : (
          <LoginForm next={next} />
        )}
      </div>
    </div>
  );
}

function LocalModeNotice() {
  const { t } = useTranslation('login');
  return (
    <>
      <h1 className={styles.title}>{t('local.title')}</h1>
      <p className={styles.lead}>
        {t('local.body')}
      </p>
      <Link to="/" className="button button-primary">
        {t('local.goToConsole')}
      </Link>
    </>
  );
}

function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation('login');
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
    <form className={styles.form} aria-label={t('form.label')} onSubmit={submit} aria-describedby={showFailure ? errorId : undefined} noValidate>
      <h1 className={styles.title}>{t('form.title')}</h1>
      <label className={styles.field}>
        <span>{t('form.username')}</span>
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
        <span>{t('form.password')}</span>
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
        {t('form.submit')}
      </button>
    </form>
  );
}
