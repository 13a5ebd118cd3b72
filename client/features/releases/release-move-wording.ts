import { i18n } from '../../i18n/i18n.ts';
import type { ReleaseMove } from './release-moves.ts';

/** What each move's button, dialog and confirmation say, in the operator's words and language. */
export type MoveWording = {
  button: string;
  title: (id: string) => string;
  /** What the move does, above the reason. */
  effect: string;
  busy: string;
  done: string;
  tone: 'primary' | 'danger';
};

/** The wording of one move, read from the `releases` catalogue when asked (so it follows a language switch). */
export function moveWording(move: ReleaseMove): MoveWording {
  return {
    button: i18n.t(`releases:moves.${move}.button`),
    title: (id) => i18n.t(`releases:moves.${move}.title`, { id }),
    effect: i18n.t(`releases:moves.${move}.effect`),
    busy: i18n.t(`releases:moves.${move}.busy`),
    done: i18n.t(`releases:moves.${move}.done`),
    tone: move === 'rollback' ? 'danger' : 'primary',
  };
}
