import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Badge } from '../../../components/badge.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { OPENAPI_PATH, useOpenApiDocument } from '../api/get-openapi-document.ts';
import { groupByTag, matchesQuery, operationEntries } from '../operation-index.ts';
import { referenceUrlStateSchema } from '../reference-url-state.ts';
import styles from './api-reference.module.css';
import { AuthenticationPanel } from './authentication-panel.tsx';
import { OperationCard } from './operation-card.tsx';

// The console's global button classes (app.css), listed rather than spelled as one spaced string.
const SMALL_BUTTON = ['button', 'button-small'].join(' ');
const QUIET_BUTTON = [SMALL_BUTTON, 'button-quiet'].join(' ');

/**
 * `/reference`: the console's OpenAPI document, readable — authentication, then operations grouped by tag.
 * Text taken from the document itself (paths, summaries, descriptions, field names: the server's English)
 * carries `data-document-text`, telling it apart from the console's own, translated words.
 */
export function ApiReferencePage() {
  const { t } = useTranslation('apiReference');
  const [state, update] = useUrlState(referenceUrlStateSchema);
  const query = useOpenApiDocument();
  const document = query.data;
  const location = useLocation();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const entries = useMemo(() => (document ? operationEntries(document) : []), [document]);
  const shown = useMemo(() => entries.filter((entry) => matchesQuery(entry, state.q)), [entries, state.q]);
  const groups = useMemo(() => groupByTag(shown, document?.tags.map((tag) => tag.name) ?? []), [shown, document]);
  const anchor = decodeURIComponent(location.hash.slice(1));

  // A link to one operation (`/reference#put-services-by-target-instances-by-address-weight`) opens it and scrolls to it.
  useEffect(() => {
    if (anchor === '' || !entries.some((entry) => entry.anchor === anchor)) return;
    setOpen((current) => (current.has(anchor) ? current : new Set(current).add(anchor)));
    const frame = requestAnimationFrame(() => globalThis.document.getElementById(anchor)?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [anchor, entries]);

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const origin = globalThis.location?.origin ?? '';

  return (
    <>
      <title>{t('pageTitle')}</title>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        meta={
          document ? (
            <>
              <span data-document-text="">
                <Badge tone="accent">{`${document.info.title} ${document.info.version}`}</Badge>
              </span>
              <Badge mono>{t('openapiVersion', { version: document.openapi })}</Badge>
            </>
          ) : null
        }
        actions={
          <a className={SMALL_BUTTON} href={OPENAPI_PATH} target="_blank" rel="noreferrer">
            {t('rawJson')}
          </a>
        }
      />
      <LoadedList query={query} what={t('loadFailed')}>
        {document ? (
          <div className={styles.page}>
            <AuthenticationPanel document={document} />
            <Panel
              title={t('operations.title')}
              id="operations"
              count={formatCount(shown.length)}
              toolbar={
                <>
                  <SearchBox label={t('operations.filterLabel')} placeholder={t('operations.filterPlaceholder')} value={state.q} onSearch={(q) => update({ q }, { replace: true })} width="280px" />
                  <button type="button" className={QUIET_BUTTON} onClick={() => setOpen(new Set(shown.map((e) => e.anchor)))}>
                    {t('operations.expandAll')}
                  </button>
                  <button type="button" className={QUIET_BUTTON} onClick={() => setOpen(new Set())}>
                    {t('operations.collapseAll')}
                  </button>
                </>
              }
            >
              {groups.length === 0 ? (
                <EmptyState
                  title={t('operations.noMatch', { query: state.q })}
                  action={
                    <button type="button" className="button" onClick={() => update({ q: '' })}>
                      {t('operations.clearFilter')}
                    </button>
                  }
                />
              ) : (
                groups.map((group) => (
                  <section key={group.tag} className={styles.group} aria-labelledby={`tag-${group.tag}`}>
                    <h3 id={`tag-${group.tag}`} className={styles.groupTitle}>
                      {t(`tags.${group.tag}`, { defaultValue: group.tag })}
                      <span className={styles.groupCount}>{formatCount(group.operations.length)}</span>
                    </h3>
                    {group.operations.map((entry) => (
                      <OperationCard
                        key={entry.anchor}
                        entry={entry}
                        document={document}
                        origin={origin}
                        open={open.has(entry.anchor)}
                        onToggle={toggle}
                        href={{ pathname: appPaths.reference, search: location.search, hash: entry.anchor }}
                      />
                    ))}
                  </section>
                ))
              )}
            </Panel>
          </div>
        ) : (
          <p className={styles.loading} role="status">
            {t('loading')}
          </p>
        )}
      </LoadedList>
    </>
  );
}
