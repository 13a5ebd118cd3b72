import { useTranslation } from 'react-i18next';
import type { FieldNode } from '../field-tree.ts';
import { DocumentText } from './document-text.tsx';
import styles from './api-reference.module.css';

/** A schema as nested fields: name, type, required, allowed values and bounds, then its own fields indented. */
export function FieldTreeView({ tree }: { tree: FieldNode }) {
  return (
    <div className={styles.tree}>
      <FieldFacts node={tree} />
      {tree.children.length > 0 ? <FieldList nodes={tree.children} /> : null}
    </div>
  );
}

function FieldList({ nodes }: { nodes: readonly FieldNode[] }) {
  return (
    <ul className={styles.fieldList}>
      {nodes.map((node, index) => (
        <li key={`${node.name ?? ''}-${index}`} className={styles.field}>
          <FieldFacts node={node} index={index} />
          {node.children.length > 0 ? <FieldList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function FieldFacts({ node, index = 0 }: { node: FieldNode; index?: number }) {
  const { t } = useTranslation('apiReference');
  const label =
    node.role === 'property' ? node.name : node.role === 'variant' ? (node.name ?? t('field.variant', { index: index + 1 })) : node.role === 'values' ? t('field.anyKey') : undefined;
  return (
    <div className={styles.fieldRow}>
      {label !== undefined ? <span className={node.role === 'property' ? styles.fieldName : styles.fieldVariant} data-document-text={node.role === 'property' || node.name !== undefined ? '' : undefined}>{label}</span> : null}
      <span className={styles.fieldType} data-document-text="">{node.recursive ? t('field.recursive', { type: node.type }) : node.type}</span>
      {node.role === 'property' && node.required ? <span className={styles.fieldRequired}>{t('field.required')}</span> : null}
      {node.values.length > 0 ? (
        <span className={styles.fieldValues}>
          {t('field.values')}{' '}
          {node.values.map((value) => (
            <code key={value} data-document-text="">{value}</code>
          ))}
        </span>
      ) : null}
      {node.constraints.map((c) => (
        <span key={c.kind} className={styles.fieldConstraint}>
          {t(`field.constraint.${c.kind}`, { value: c.value })}
        </span>
      ))}
      {node.description ? <DocumentText className={styles.fieldDescription} text={node.description} /> : null}
    </div>
  );
}
