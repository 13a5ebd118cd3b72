import type { ApiToken } from '@contract/tokens.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { useRevokeToken } from '../api/tokens-api.ts';

/** Asks before revoking: scripts using the token stop working at once, on every replica. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const revoke = useRevokeToken();
  return (
    <ModalDialog
      title={`Revoke token “${token.name}”?`}
      onClose={() => {
        if (!revoke.isPending) onClose();
      }}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={revoke.isPending}>
            Cancel
          </button>
          <button type="button" className="button button-danger" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: onClose })}>
            Revoke
          </button>
        </>
      }
    >
      <p>
        Anything that sends this token (owner <strong>{token.owner}</strong>) is refused from now on. This cannot be undone; create a new token instead.
      </p>
      {revoke.isError ? <NoticeBox tone="danger" title="Not revoked">{<p>{revoke.error.message}</p>}</NoticeBox> : null}
    </ModalDialog>
  );
}
