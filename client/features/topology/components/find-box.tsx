import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopologyNode } from '@contract/topology.ts';
import { findNodes } from '../find-nodes.ts';
import styles from './topology-toolbar.module.css';

type FindBoxProps = {
  nodes: readonly TopologyNode[];
  /** A node on screen was chosen: centre and select it. */
  onFound: (id: string) => void;
  /** Nothing on screen matches: let the server resolve the name as a focus. */
  onNotShown: (text: string) => void;
};

/** "Find a node": suggestions as you type, Enter centres the best match and lights up its neighbours. */
export function FindBox({ nodes, onFound, onNotShown }: FindBoxProps) {
  const { t } = useTranslation('topology');
  const listId = useId();
  const [text, setText] = useState('');
  const matches = useMemo(() => findNodes(nodes, text, 12), [nodes, text]);

  const choose = (value: string) => {
    const best = findNodes(nodes, value, 1)[0];
    if (best) onFound(best.id);
    else if (value.trim()) onNotShown(value.trim());
  };

  return (
    <div className={styles.find}>
      <svg className={styles.findIcon} viewBox="0 0 16 16" aria-hidden="true">
        <path d="M11.5 10.1l3.2 3.2-1.4 1.4-3.2-3.2a6 6 0 1 1 1.4-1.4zM6.5 11a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9z" />
      </svg>
      <input
        type="search"
        className={`input ${styles.findInput}`}
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        list={listId}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          // Picking a suggestion replaces the text without typing: treat it as Enter.
          const native = event.nativeEvent as InputEvent;
          if (native.inputType === 'insertReplacementText' || native.inputType === undefined) choose(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') choose(text);
          if (event.key === 'Escape') setText('');
        }}
      />
      <datalist id={listId}>
        {matches.map((node) => (
          <option key={node.id} value={node.label}>
            {t(`find.kind.${node.kind}`)}
          </option>
        ))}
      </datalist>
    </div>
  );
}
