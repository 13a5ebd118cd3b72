import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';
import styles from './api-reference.module.css';

/** The example command under its heading, with a button copying it as is. */
export function CurlExample({ title, command }: { title: string; command: string }) {
  const { t } = useTranslation('apiReference');
  return (
    <section className={styles.part}>
      <div className={styles.partHead}>
        <h4 className={styles.partTitle}>{title}</h4>
        <CopyButton text={command} label={t('curl.copy')} />
      </div>
      <pre className={styles.curlText} data-document-text="">
        {command}
      </pre>
    </section>
  );
}
