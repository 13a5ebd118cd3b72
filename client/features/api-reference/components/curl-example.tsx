import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';
import styles from './api-reference.module.css';

/** The example command, copyable as is. */
export function CurlExample({ command }: { command: string }) {
  const { t } = useTranslation('apiReference');
  return (
    <div className={styles.curl}>
      <pre className={styles.curlText} data-document-text="">{command}</pre>
      <div className={styles.curlCopy}>
        <CopyButton text={command} label={t('curl.copy')} />
      </div>
    </div>
  );
}
