import { Trans, useTranslation } from 'react-i18next';
import { credentialsOf, curlLine } from '../curl-line.ts';
import { exampleBody } from '../example-body.ts';
import { fieldTree } from '../field-tree.ts';
import type { OperationEntry } from '../operation-index.ts';
import { errorAnswers, requestBodySchema, successAnswers } from '../operation-parts.ts';
import type { OpenApiDocument } from '../openapi-reading.ts';
import { AccessChips } from './access-chips.tsx';
import styles from './api-reference.module.css';
import { DocumentText } from './document-text.tsx';
import { CurlExample } from './curl-example.tsx';
import { ErrorTable } from './error-table.tsx';
import { FieldTreeView } from './field-tree-view.tsx';
import { ParameterTable } from './parameter-table.tsx';

type OperationDetailsProps = { entry: OperationEntry; document: OpenApiDocument; origin: string };

/** One operation opened: access, parameters, request body and answer as field trees, errors, a curl example. */
export function OperationDetails({ entry, document, origin }: OperationDetailsProps) {
  const { t } = useTranslation('apiReference');
  const { operation } = entry;
  const components = document.components.schemas;
  const body = requestBodySchema(operation);
  const access = operation['x-switchboard-access'];
  const what = `${entry.method.toUpperCase()} ${entry.path}`;
  const command = curlLine({
    origin,
    method: entry.method,
    path: entry.path,
    parameters: operation.parameters,
    credentials: credentialsOf(operation),
    cookieName: document.components.securitySchemes['session']?.name ?? 'session',
    ...(body === undefined ? {} : { body: exampleBody(body, components) }),
  });
  return (
    <div className={styles.details}>
      {operation.description ? (
        <p className={styles.description}>
          <DocumentText text={operation.description} />
        </p>
      ) : null}
      {access ? (
        <div className={styles.accessRow}>
          <span className={styles.detailLabel}>{t('access.label')}</span>
          <AccessChips access={access} />
        </div>
      ) : null}
      {operation.parameters.length > 0 ? (
        <section className={styles.part}>
          <h4 className={styles.partTitle}>{t('parameters.title')}</h4>
          <ParameterTable parameters={operation.parameters} components={components} caption={`${t('parameters.title')} · ${what}`} />
        </section>
      ) : null}
      {body ? (
        <section className={styles.part} aria-label={`${t('body.title')} · ${what}`}>
          <h4 className={styles.partTitle}>
            {t('body.title')} <span className={styles.partNote}>{operation.requestBody?.required === false ? t('body.optional') : t('body.required')}</span>
          </h4>
          <FieldTreeView tree={fieldTree(body, components)} />
        </section>
      ) : null}
      {successAnswers(operation).map((answer) => (
        <section key={answer.status} className={styles.part} aria-label={`${t('answers.title')} ${answer.status} · ${what}`}>
          <h4 className={styles.partTitle}>
            {t('answers.title')} <span className={styles.status}>{answer.status}</span>
            {answer.description ? <DocumentText className={styles.partNote} text={answer.description} /> : null}
          </h4>
          {answer.schema ? (
            <FieldTreeView tree={fieldTree(answer.schema, components)} />
          ) : answer.mediaType ? (
            <p className={styles.muted}>
              <Trans t={t} i18nKey="answers.media" values={{ mediaType: answer.mediaType }} components={{ code: <code /> }} />
            </p>
          ) : (
            <p className={styles.muted}>{t('answers.empty')}</p>
          )}
        </section>
      ))}
      <section className={styles.part}>
        <h4 className={styles.partTitle}>{t('errors.title')}</h4>
        <ErrorTable errors={errorAnswers(operation)} caption={`${t('errors.title')} · ${what}`} />
      </section>
      <CurlExample title={t('curl.title')} command={command} />
    </div>
  );
}
