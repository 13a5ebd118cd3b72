import { useState } from 'react';
import type { ApiToken } from '@contract/tokens.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { usePermissions, useSession } from '../../../lib/session-query.ts';
import { useTokens } from '../api/tokens-api.ts';
import type { TokenOwnerFilter } from '../api/tokens-api.ts';
import { CreateTokenForm } from './create-token-form.tsx';
import { RevokeTokenDialog } from './revoke-token-dialog.tsx';

/** /tokens: API tokens for automation, sent as `Authorization: Bearer <token>` with the owner's role. */
export function TokensPage() {
  const session = useSession().data;
  const { othersTokens } = usePermissions();
  const [owner, setOwner] = useState<TokenOwnerFilter>('me');
  const shown: TokenOwnerFilter = othersTokens ? owner : 'me';
  const tokens = useTokens(shown);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  if (session?.mode === 'local') {
    return (
      <>
        <title>Tokens · Switchboard</title>
        <PageHeader title="API tokens" />
        <NoticeBox tone="info" role="status" title="No tokens in local mode">
          <p>Tokens belong to people in a users file; this console runs without one and answers only on this machine.</p>
        </NoticeBox>
      </>
    );
  }
  return (
    <>
      <title>Tokens · Switchboard</title>
      <PageHeader title="API tokens" subtitle="For scripts and automation: send as Authorization: Bearer <token>. A token acts with its owner's role." />
      <CreateTokenForm />
      <Panel
        title={shown === 'all' ? 'Everybody’s tokens' : 'Your tokens'}
        count={tokens.data ? tokens.data.items.length : undefined}
        toolbar={
          othersTokens ? (
            <label>
              <input type="checkbox" checked={owner === 'all'} onChange={(event) => setOwner(event.target.checked ? 'all' : 'me')} /> All owners
            </label>
          ) : null
        }
      >
        {tokens.isError ? (
          <ErrorState error={tokens.error} what="tokens" onRetry={() => void tokens.refetch()} />
        ) : (
          <DataTable
            label="API tokens"
            columns={columns(shown === 'all', setRevoking)}
            rows={tokens.data?.items}
            rowKey={(token) => token.id}
            loading={tokens.isPending}
            empty={<EmptyState title="No tokens yet">Create one above; its secret is shown once.</EmptyState>}
          />
        )}
      </Panel>
      {revoking ? <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}

function columns(showOwner: boolean, revoke: (token: ApiToken) => void): DataColumn<ApiToken>[] {
  const all: DataColumn<ApiToken>[] = [
    { id: 'name', header: 'Name', cell: (token) => token.name, truncate: true, width: '28%' },
    { id: 'owner', header: 'Owner', cell: (token) => token.owner },
    { id: 'role', header: 'Role', cell: (token) => token.role ?? 'no longer a user', hint: "The owner's current role, which the token acts with" },
    { id: 'created', header: 'Created', cell: (token) => formatTimestamp(token.createdAt) },
    { id: 'expires', header: 'Expires', cell: (token) => (token.expiresAt ? formatTimestamp(token.expiresAt) : 'never') },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      align: 'end',
      cell: (token) => (
        <button type="button" className="button button-small button-danger" onClick={() => revoke(token)} aria-label={`Revoke token ${token.name}`}>
          Revoke
        </button>
      ),
    },
  ];
  return showOwner ? all : all.filter((column) => column.id !== 'owner');
}
