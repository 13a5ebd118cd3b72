import { useTranslation } from 'react-i18next';
import type { ErrorAnswer } from '../operation-parts.ts';
import styles from './api-reference.module.css';

type ErrorTableProps = { errors: readonly ErrorAnswer[]; caption: string };

/** Each error status with the stable codes the operation can answer under it (`{"error": {"code"}}`). */
export function ErrorTable({ errors, caption }: ErrorTableProps) {
  const { t, i18n } = useTranslation('apiReference');
  return (
    <table className={styles.table} aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">{t('errors.status')}</th>
          <th scope="col">{t('errors.codes')}</th>
          <th scope="col">{t('errors.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error) => {
          const key = `apiReference:errors.statusText.${error.status}`;
          return (
            <tr key={error.status}>
              <td className={styles.status}>{error.status}</td>
              <td>
                <span className={styles.codes}>
                  {error.codes.map((code) => (
                    <code key={code} className={styles.code} data-document-text="">
                      {code}
                    </code>
                  ))}
                </span>
              </td>
              <td className={styles.muted}>{i18n.exists(key) ? t(`errors.statusText.${error.status}`) : <span data-document-text="">{error.description}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
