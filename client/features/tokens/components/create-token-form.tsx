import { useState } from 'react';
import type { FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CreatedToken } from '@contract/tokens.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { apiErrorText } from '../../../lib/api-error-text.ts';
import { useCreateToken } from '../api/tokens-api.ts';
import { tokenRequestFrom } from '../token-form.ts';
import styles from './tokens-page.module.css';

/** Name + optional expiry; on success the secret, once, with a copy button. */
export function CreateTokenForm() {
  const { t } = useTranslation('tokens');
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
        {t('create.heading')}
      </h2>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label className={styles.field}>
          <span>{t('create.name')}</span>
          <input className="input" name="token-name" value={name} maxLength={64} onChange={(event) => setName(event.target.value)} placeholder={t('create.namePlaceholder')} />
        </label>
        <label className={styles.field}>
          <span>{t('create.expires')}</span>
          <input className="input" name="token-days" inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} placeholder={t('create.expiresPlaceholder')} />
        </label>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('create.submit')}
        </button>
      </form>
      {problem ? <NoticeBox tone="danger" title={problem} /> : null}
      {create.isError ? <NoticeBox tone="danger" title={t('create.failed')}>{<p>{apiErrorText(create.error)}</p>}</NoticeBox> : null}
      {created ? (
        <NoticeBox tone="success" role="status" title={t('create.created', { name: created.name })}>
          <p className={styles.secretRow}>
            <code className={styles.secret} aria-label={t('create.secret')}>
              {created.token}
            </code>
            <CopyButton text={created.token} label={t('create.copy')} />
          </p>
          <p>
            <Trans t={t} i18nKey="create.once" components={{ strong: <strong /> }} />
          </p>
        </NoticeBox>
      ) : null}
    </section>
  );
}
