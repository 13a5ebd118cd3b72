import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ReleaseRequest } from '@contract/releases.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { ReasonField } from '../../../components/reason-field.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';
import { applicationDetailQuery } from '../../../lib/queries/application-detail-query.ts';
import { releaseKeys } from '../../../lib/query-keys.ts';
import { createRelease } from '../api/send-release.ts';
import { useReleasePlan } from '../api/use-release-plan.ts';
import { draftRequest, emptyDraft } from '../release-draft.ts';
import type { ReleaseDraft } from '../release-draft.ts';
import { CanaryPicker } from './canary-picker.tsx';
import { ReleasePlanPreview } from './release-plan-preview.tsx';
import { ReleaseRefusal } from './release-refusal.tsx';
import { ReleaseStepsTable } from './release-steps-table.tsx';
import { StepPlanFields } from './step-plan-fields.tsx';
import { WizardTargetFields } from './wizard-target-fields.tsx';
import styles from './release-wizard.module.css';

/** The plan the preview asks for: the request without its reason (typing a reason plans nothing new). */
function planned(request: ReleaseRequest): ReleaseRequest {
  const { reason: _reason, ...rest } = request;
  return rest;
}

/**
 * /releases/new?application=&service=: pick the target and the canary, the mode and the steps, watch the
 * dry run's answer (matched instances, the split of every step), then create the release started or as
 * a draft. Refusals show beside the form in plain words; nothing is written before the operator asks.
 */
export function ReleaseWizardPage() {
  const { t } = useTranslation('releaseWizard');
  const [params] = useSearchParams();
  const [draft, setDraft] = useState(() => emptyDraft(params.get('application') ?? '', params.get('service') ?? ''));
  const change = (patch: Partial<ReleaseDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const application = useQuery({ ...applicationDetailQuery(draft.application), enabled: draft.application !== '' });
  const app = draft.application ? application.data : undefined;
  const parsed = draftRequest(draft);
  const plan = useReleasePlan(parsed.ok ? planned(parsed.value) : undefined);
  const shown = parsed.ok ? plan.data : undefined;

  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: ({ request, start }: { request: ReleaseRequest; start: boolean }) => createRelease(request, start),
    onSuccess: (release) => {
      void queryClient.invalidateQueries({ queryKey: releaseKeys.all });
      void navigate(appPaths.release(release.id));
    },
  });
  const submit = (start: boolean) => {
    if (parsed.ok) create.mutate({ request: parsed.value, start });
  };
  const { releases } = usePermissions();
  const refused = releases ? undefined : needsRole('operator');
  const blocked = !parsed.ok || plan.isError || create.isPending || !releases;

  return (
    <>
      <title>{t('documentTitle')}</title>
      <PageHeader breadcrumbs={[{ label: t('breadcrumb'), to: appPaths.releases }]} title={t('title')} subtitle={t('subtitle')} />
      <div className={styles.layout}>
        <form className={styles.form} aria-label={t('formLabel')} onSubmit={(event) => event.preventDefault()}>
          <WizardTargetFields draft={draft} application={app} onChange={change} />
          <CanaryPicker draft={draft} application={app} matched={shown?.canary} onChange={change} />
          <StepPlanFields draft={draft} onChange={change} />
        </form>
        <div className={styles.side}>
          <Panel title={t('previewPanel')}>
            <ReleasePlanPreview problem={parsed.ok ? undefined : parsed.problem} plan={plan} />
          </Panel>
        </div>
      </div>
      {shown && !plan.isError && shown.mode === 'weighted' ? (
        <Panel title={t('predictedPanel')} note={t('predictedNote')}>
          <ReleaseStepsTable release={shown} />
        </Panel>
      ) : null}
      <section className={styles.submit} aria-label={t('submit.label')}>
        <ReasonField value={draft.reason} onChange={(reason) => change({ reason })} placeholder={t('submit.reasonPlaceholder')} />
        {create.isError ? <ReleaseRefusal error={create.error} title={t('submit.notCreated')} /> : null}
        {refused ? <p role="note">{t('submit.needsRole', { needs: refused })}</p> : null}
        <div className={styles.buttons}>
          <button type="button" className="button" disabled={blocked} title={refused} onClick={() => submit(false)}>
            {t('submit.saveDraft')}
          </button>
          <button type="button" className="button button-primary" disabled={blocked} title={refused} onClick={() => submit(true)}>
            {create.isPending ? t('submit.creating') : t('submit.createAndStart')}
          </button>
        </div>
      </section>
    </>
  );
}
