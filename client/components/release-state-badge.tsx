import type { ReleaseStateName } from '@contract/releases.ts';
import { releaseStateLabel } from '../lib/release-summary.ts';
import { Badge } from './badge.tsx';
import type { BadgeTone } from './badge.tsx';

const TONES: Record<ReleaseStateName, BadgeTone> = {
  draft: 'neutral',
  running: 'info',
  paused: 'warning',
  promoted: 'success',
  'rolled-back': 'neutral',
  failed: 'danger',
};

/** A gray release's state as a coloured word: running blue, paused amber, promoted green, failed red. */
export function ReleaseStateBadge({ state }: { state: ReleaseStateName }) {
  return <Badge tone={TONES[state]}>{releaseStateLabel(state)}</Badge>;
}
