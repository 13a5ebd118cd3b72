import type { RollbackResult } from '@contract/rules.ts';

/**
 * The rollback dialog as a pure state machine: dry run → (explicit delete confirmation when the
 * restored state is "did not exist") → apply → pending until the rule page shows the restored text.
 * A stale expectedVersion (CONFLICT) asks to reload and preview again; nothing is optimistic.
 */
type Refusal = { code: string; message: string };

export type RollbackState =
  | { phase: 'previewing'; confirmDelete: boolean }
  | { phase: 'ready'; confirmDelete: boolean; preview: RollbackResult }
  | { phase: 'confirm-delete'; preview: RollbackResult; message: string }
  | { phase: 'applying'; confirmDelete: boolean; preview: RollbackResult }
  | { phase: 'conflict'; refusal: Refusal }
  | { phase: 'reloading' }
  | { phase: 'failed'; refusal: Refusal; confirmDelete: boolean }
  | { phase: 'pending' | 'waiting' | 'confirmed' | 'noop'; result: RollbackResult };

export type RollbackEvent =
  | { type: 'answered'; result: RollbackResult }
  | { type: 'refused'; code: string; message: string }
  /** `deletes`: the restored state is "did not exist", which needs its own explicit yes. */
  | { type: 'apply'; deletes: boolean }
  | { type: 'confirm-delete' }
  | { type: 'reload' }
  | { type: 'reloaded' }
  | { type: 'retry' }
  | { type: 'registry-confirmed' }
  | { type: 'timed-out' };

export function initialRollback(): RollbackState {
  return { phase: 'previewing', confirmDelete: false };
}

export function rollbackTransition(state: RollbackState, event: RollbackEvent): RollbackState {
  switch (event.type) {
    case 'answered':
      if (state.phase === 'previewing') return { phase: 'ready', confirmDelete: state.confirmDelete, preview: event.result };
      if (state.phase === 'applying') return { phase: event.result.status === 'noop' ? 'noop' : 'pending', result: event.result };
      return state;
    case 'refused': {
      if (state.phase !== 'previewing' && state.phase !== 'applying') return state;
      const refusal = { code: event.code, message: event.message };
      if (event.code === 'CONFLICT') return { phase: 'conflict', refusal };
      if (event.code === 'CONFIRM_DELETE_REQUIRED' && state.phase === 'applying' && !state.confirmDelete) {
        return { phase: 'confirm-delete', preview: state.preview, message: event.message };
      }
      return { phase: 'failed', refusal, confirmDelete: state.confirmDelete };
    }
    case 'apply':
      if (state.phase !== 'ready') return state;
      if (event.deletes && !state.confirmDelete) {
        return { phase: 'confirm-delete', preview: state.preview, message: 'The restored state is “did not exist”' };
      }
      return { phase: 'applying', confirmDelete: state.confirmDelete, preview: state.preview };
    case 'confirm-delete':
      return state.phase === 'confirm-delete' ? { phase: 'applying', confirmDelete: true, preview: state.preview } : state;
    case 'reload':
      return state.phase === 'conflict' ? { phase: 'reloading' } : state;
    case 'reloaded':
      return state.phase === 'reloading' ? { phase: 'previewing', confirmDelete: false } : state;
    case 'retry':
      return state.phase === 'failed' ? { phase: 'previewing', confirmDelete: state.confirmDelete } : state;
    case 'registry-confirmed':
      return state.phase === 'pending' || state.phase === 'waiting' ? { phase: 'confirmed', result: state.result } : state;
    case 'timed-out':
      return state.phase === 'pending' ? { phase: 'waiting', result: state.result } : state;
  }
}

/** Whether the rule page now shows the restored state (`null` target: the node is gone). */
export function rollbackReached(target: string | null, current: { text: string } | undefined, gone: boolean): boolean {
  if (target === null) return gone;
  return !gone && current !== undefined && current.text === target;
}
