import { useTranslation } from 'react-i18next';
import { fieldTree } from '../field-tree.ts';
import type { OpenApiParameter, SchemaComponents } from '../openapi-reading.ts';
import { DocumentText } from './document-text.tsx';
import styles from './api-reference.module.css';

type ParameterTableProps = { parameters: readonly OpenApiParameter[]; components: SchemaComponents; caption: string };

/** Path and query parameters: name, where it goes, type (with allowed values and bounds), required, description. */
export function ParameterTable({ parameters, components, caption }: ParameterTableProps) {
  const { t } = useTranslation('apiReference');
  return (
    <table className={styles.table} aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">{t('parameters.name')}</th>
          <th scope="col">{t('parameters.in')}</th>
          <th scope="col">{t('parameters.type')}</th>
          <th scope="col">{t('parameters.required')}</th>
          <th scope="col">{t('parameters.description')}</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => {
          const tree = fieldTree(parameter.schema ?? {}, components);
          const facts = [
            ...(tree.values.length > 0 ? [`${t('field.values')} ${tree.values.join(' | ')}`] : []),
            ...tree.constraints.map((c) => t(`field.constraint.${c.kind}`, { value: c.value })),
          ];
          return (
            <tr key={`${parameter.in}-${parameter.name}`}>
              <td className={styles.fieldName} data-document-text="">{parameter.name}</td>
              <td>{parameter.in === 'path' || parameter.in === 'query' ? t(`parameters.${parameter.in}`) : parameter.in}</td>
              <td className={styles.fieldType} data-document-text="">{tree.type}</td>
              <td>{parameter.required === true ? t('parameters.yes') : t('parameters.no')}</td>
              <td>
                <DocumentText text={parameter.description ?? tree.description ?? ''} />
                {facts.length > 0 ? <span className={styles.parameterFacts}>{facts.join(' · ')}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
