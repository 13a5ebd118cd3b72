import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore } from '@xyflow/react';
import type { EdgeProps, ReactFlowState } from '@xyflow/react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../lib/display-format.ts';
import { curvePoint } from '../edge-labels.ts';
import type { CallFlowEdge } from '../flow-elements.ts';
import { edgeStrokeWidth, serviceCountText } from '../flow-elements.ts';
import styles from './call-edge.module.css';

/** Below this zoom the count labels would be unreadable specks: the lines speak for themselves. */
const LABEL_MIN_ZOOM = 0.5;
const labelsVisible = (state: ReactFlowState) => state.transform[2] >= LABEL_MIN_ZOOM;
const LISTED_SERVICES = 12;

/**
 * A call between applications: thickness and a label by service count, hover lists the services.
 * At service level (consumer → service → provider) each edge is one service: no label needed.
 */
function CallEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd }: EdgeProps<CallFlowEdge>) {
  const { t } = useTranslation('topology');
  const showLabel = useStore(labelsVisible);
  const [hovered, setHovered] = useState(false);
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!data) return null;
  const { edge, sourceLabel, targetLabel, labelAt } = data;
  const { x: labelX, y: labelY } = curvePoint(sourceX, sourceY, targetX, targetY, labelAt);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        interactionWidth={14}
        className={styles.path}
        style={{ strokeWidth: edgeStrokeWidth(edge.serviceCount) }}
      />
      {showLabel && edge.kind === 'calls' ? (
        <EdgeLabelRenderer>
          <div
            className={`${styles.label} nodrag nopan`}
            data-edge-label={id}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
          >
            {serviceCountText(edge.serviceCount)}
            {hovered ? (
              <div className={styles.card} role="tooltip">
                <p className={styles.cardTitle}>
                  {sourceLabel} → {targetLabel}
                </p>
                <ul className={styles.services}>
                  {edge.services.slice(0, LISTED_SERVICES).map((key) => (
                    <li key={key}>{key}</li>
                  ))}
                </ul>
                {edge.services.length > LISTED_SERVICES ? <p className={styles.more}>{t('edge.more', { n: formatCount(edge.services.length - LISTED_SERVICES) })}</p> : null}
              </div>
            ) : null}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const CallEdge = memo(CallEdgeView);
