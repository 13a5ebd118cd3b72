import { Trans, useTranslation } from 'react-i18next';
import { Panel } from '../../../components/panel.tsx';
import { CSRF_VARIABLE, SESSION_VARIABLE, TOKEN_VARIABLE } from '../curl-line.ts';
import type { OpenApiDocument } from '../openapi-reading.ts';
import styles from './api-reference.module.css';

/** How to authenticate, from the document's security schemes: API tokens for scripts, the session (+ CSRF) for browsers. */
export function AuthenticationPanel({ document }: { document: OpenApiDocument }) {
  const { t } = useTranslation('apiReference');
  const schemes = document.components.securitySchemes;
  const header = schemes['csrf']?.name ?? 'X-CSRF-Token';
  const tags = { strong: <strong />, code: <code /> };
  return (
    <Panel title={t('auth.title')} id="authentication">
      <ul className={styles.authList}>
        {schemes['token'] ? (
          <li>
            <Trans t={t} i18nKey="auth.token" values={{ format: schemes['token'].bearerFormat ?? 'sbt_…' }} components={tags} />
          </li>
        ) : null}
        {schemes['session'] ? (
          <li>
            <Trans t={t} i18nKey="auth.session" values={{ cookie: schemes['session'].name ?? 'session', header }} components={tags} />
          </li>
        ) : null}
        <li>
          <Trans t={t} i18nKey="auth.local" values={{ header }} components={tags} />
        </li>
        <li className={styles.muted}>
          <Trans t={t} i18nKey="auth.curl" values={{ token: TOKEN_VARIABLE, session: SESSION_VARIABLE, csrf: CSRF_VARIABLE }} components={tags} />
        </li>
      </ul>
    </Panel>
  );
}
