import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CreatedToken } from '@contract/tokens.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { useCreateToken } from '../api/tokens-api.ts';
import { tokenRequestFrom } from '../token-form.ts';
import styles from './tokens-page.module.css';

/** Name + optional expiry; on success the secret, once, with a copy button. */
export function CreateTokenForm() {
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useCreateToken();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = tokenRequestFrom({ name, expiresInDays: days });
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    setProblem(null);
    setCreated(null);
    create.mutate(checked.request, {
      onSuccess: (token) => {
        setCreated(token);
        setName('');
        setDays('');
      },
    });
  };
  return (
    <section className={styles.create} aria-labelledby="create-token-heading">
      <h2 id="create-token-heading" className={styles.heading}>
        Create a token
      </h2>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label className={styles.field}>
          <span>Name</span>
          <input className="input" name="token-name" value={name} maxLength={64} onChange={(event) => setName(event.target.value)} placeholder="deploy-bot" />
        </label>
        <label className={styles.field}>
          <span>Expires after (days, optional)</span>
          <input className="input" name="token-days" inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} placeholder="never" />
        </label>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Create token
        </button>
      </form>
      {problem ? <NoticeBox tone="danger" title={problem} /> : null}
      {create.isError ? <NoticeBox tone="danger" title="The token was not created">{<p>{create.error.message}</p>}</NoticeBox> : null}
      {created ? (
        <NoticeBox tone="success" role="status" title={`Token “${created.name}” created`}>
          <p className={styles.secretRow}>
            <code className={styles.secret} aria-label="Token secret">
              {created.token}
            </code>
            <CopyButton text={created.token} label="Copy the token" />
          </p>
          <p>
            <strong>Copy it now: it will not be shown again.</strong> Only a hash of it is kept.
          </p>
        </NoticeBox>
      ) : null}
    </section>
  );
}
