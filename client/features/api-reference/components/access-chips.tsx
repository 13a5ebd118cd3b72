import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge.tsx';
import type { OperationAccess } from '../openapi-reading.ts';

const ROLE_TONE = { public: 'neutral', viewer: 'info', operator: 'warning', admin: 'danger' } as const;

/** The access an operation needs (`x-switchboard-access`): minimum role, tokens refused or accepted, CSRF. */
export function AccessChips({ access, brief = false }: { access: OperationAccess; brief?: boolean }) {
  const { t } = useTranslation('apiReference');
  const role = <Badge tone={ROLE_TONE[access.minRole]}>{t(`access.role.${access.minRole}`)}</Badge>;
  if (brief) return role;
  return (
    <>
      {role}
      {access.minRole === 'public' ? null : access.interactiveOnly ? (
        <Badge tone="warning">{t('access.interactiveOnly')}</Badge>
      ) : (
        <Badge tone="success">{t('access.tokensAccepted')}</Badge>
      )}
      {access.csrf === 'token' ? <Badge>{t('access.csrfToken')}</Badge> : null}
      {access.csrf === 'origin-only' ? <Badge>{t('access.csrfOrigin')}</Badge> : null}
    </>
  );
}
