import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('tokens');
  const session = useSession().data;
  const { othersTokens } = usePermissions();
  const [owner, setOwner] = useState<TokenOwnerFilter>('me');
  const shown: TokenOwnerFilter = othersTokens ? owner : 'me';
  const tokens = useTokens(shown);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  if (session?.mode === 'local') {
    return (
      <>
        <title>{t('documentTitle')}</title>
        <PageHeader title={t('title')} />
        <NoticeBox tone="info" role="status" title={t('local.title')}>
          <p>{t('local.body')}</p>
        </NoticeBox>
      </>
    );
  }
  return (
    <>
      <title>{t('documentTitle')}</title>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <CreateTokenForm />
      <Panel
        title={shown === 'all' ? t('list.everybody') : t('list.yours')}
        count={tokens.data ? tokens.data.items.length : undefined}
        toolbar={
          othersTokens ? (
            <label>
              <input type="checkbox" checked={owner === 'all'} onChange={(event) => setOwner(event.target.checked ? 'all' : 'me')} /> {t('list.allOwners')}
            </label>
          ) : null
        }
      >
        {tokens.isError ? (
          <ErrorState error={tokens.error} what={t('list.what')} onRetry={() => void tokens.refetch()} />
        ) : (
          <DataTable
            label={t('title')}
            columns={columns(t, shown === 'all', setRevoking)}
            rows={tokens.data?.items}
            rowKey={(token) => token.id}
            loading={tokens.isPending}
            empty={<EmptyState title={t('list.empty')}>{t('list.emptyDetail')}</EmptyState>}
          />
        )}
      </Panel>
      {revoking ? <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </>
  );
}

function columns(t: TFunction<'tokens'>, showOwner: boolean, revoke: (token: ApiToken) => void): DataColumn<ApiToken>[] {
  const all: DataColumn<ApiToken>[] = [
    { id: 'name', header: t('columns.name'), cell: (token) => token.name, truncate: true, width: '28%' },
    { id: 'owner', header: t('columns.owner'), cell: (token) => token.owner },
    { id: 'role', header: t('columns.role'), cell: (token) => token.role ?? t('columns.noLongerUser'), hint: t('columns.roleHint') },
    { id: 'created', header: t('columns.created'), cell: (token) => formatTimestamp(token.createdAt) },
    { id: 'expires', header: t('columns.expires'), cell: (token) => (token.expiresAt ? formatTimestamp(token.expiresAt) : t('columns.never')) },
    {
      id: 'actions',
      header: <span className="visually-hidden">{t('columns.actions')}</span>,
      align: 'end',
      cell: (token) => (
        <button type="button" className="button button-small button-danger" onClick={() => revoke(token)} aria-label={t('columns.revokeLabel', { name: token.name })}>
          {t('columns.revoke')}
        </button>
      ),
    },
  ];
  return showOwner ? all : all.filter((column) => column.id !== 'owner');
}
