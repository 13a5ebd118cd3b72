// The releases feature's pure wording in Chinese: hold times, draft problems, move wording and refusals
// come out as whole Chinese sentences with the data in place (word order differs from English).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@contract/releases.ts';
import { parseHold, parseSteps } from '../../../client/features/releases/release-draft.ts';
import { moveWording } from '../../../client/features/releases/release-move-wording.ts';
import { moveAvailability } from '../../../client/features/releases/release-moves.ts';
import { refusalMessage } from '../../../client/features/releases/release-refusals.ts';
import { formatHold, transitionKindLabel } from '../../../client/features/releases/release-wording.ts';
import { i18n } from '../../../client/i18n/i18n.ts';

describe('release wording in Chinese', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('formats hold times', () => {
    expect([0, 90, 600, 7_200, 9_000].map(formatHold)).toEqual(['直到手动推进', '90 秒', '10 分钟', '2 小时', '2 小时 30 分钟']);
    expect(transitionKindLabel('hold-elapsed')).toBe('保持时间已到');
  });

  it('says what to fix in the draft with the data inside the sentence', () => {
    expect(parseSteps('0, 50')).toEqual({ ok: false, problem: '“0”不是 1 到 100 的整数百分比。' });
    expect(parseSteps('50, 5')).toEqual({ ok: false, problem: '每一步给金丝雀的流量都必须比前一步多。' });
    expect(parseHold('soon')).toEqual({ ok: false, problem: '保持时间应为 0 到 604,800 的整数秒（一周）。' });
  });

  it('words the moves, why one is closed, and the refusals', () => {
    const promote = moveWording('promote');
    expect([promote.button, promote.title('r-0000000007'), promote.done, promote.tone]).toEqual(['全量发布', '全量发布 r-0000000007', '已全量发布', 'primary']);
    expect(moveWording('rollback').tone).toBe('danger');
    const paused: Pick<Release, 'state' | 'steps' | 'mode'> = {
      state: { kind: 'paused', step: 0, pausedAt: '2026-01-01T00:00:00.000Z', remainingHoldSeconds: 0 },
      steps: [],
      mode: 'weighted',
    };
    expect(moveAvailability(paused, 'advance')).toEqual({ allowed: false, why: '请先恢复灰度发布再推进。' });
    expect(refusalMessage('NO_STABLE')).toMatch(/^所有实例都在金丝雀中/);
    expect(refusalMessage('NOT_A_CODE')).toBeUndefined();
    expect(refusalMessage('toString')).toBeUndefined();
  });
});
