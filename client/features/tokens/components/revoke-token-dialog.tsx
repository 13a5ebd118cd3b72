import { Trans, useTranslation } from 'react-i18next';
import type { ApiToken } from '@contract/tokens.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { apiErrorText } from '../../../lib/api-error-text.ts';
import { useRevokeToken } from '../api/tokens-api.ts';

/** Asks before revoking: scripts using the token stop working at once, on every replica. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const { t } = useTranslation('tokens');
  const revoke = useRevokeToken();
  return (
    <ModalDialog
      title={t('revoke.title', { name: token.name })}
      onClose={() => {
        if (!revoke.isPending) onClose();
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={revoke.isPending}>
            {t('revoke.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: onClose })}>
            {t('revoke.confirm')}
          </button>
        </>
      }
    >
      <p>
        <Trans t={t} i18nKey="revoke.body" values={{ owner: token.owner }} components={{ strong: <strong /> }} />
      </p>
      {revoke.isError ? <NoticeBox tone="danger" title={t('revoke.failed')}>{<p>{apiErrorText(revoke.error)}</p>}</NoticeBox> : null}
    </ModalDialog>
  );
}
