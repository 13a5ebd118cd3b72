// Weighted rollback's text, table by table: the release's changes undone exactly (start bytes when nobody
// else edited), foreign edits elsewhere kept, overlapping edits refused; a file the release created is
// deleted, or keeps only what others added; foreign edits a release wrote over are still kept at rollback.
import { describe, expect, it } from 'vitest';
import type { TouchedRule } from '../../../server/contract/releases.ts';
import type { DomainError } from '../../../server/errors/domain-error.ts';
import { configuratorNode } from '../../../server/governance/rule-node.ts';
import { absorbForeignEdits, rollbackText } from '../../../server/releases/rollback-text.ts';
import { CART } from './release-fixture.ts';

const NODE = configuratorNode('/dubbo', { scope: 'service', serviceKey: CART });

const item = (address: string, weight: number): string => `  - addresses: ["${address}"]\n    side: provider\n    parameters:\n      weight: ${weight}\n`;
const header = 'configVersion: v3.0\nscope: service\nkey: com.shop.CartService\nenabled: true\nconfigs:\n';
const foreign = '  # kept by the ops team\n  - addresses: ["10.0.9.9:20880"]\n    side: provider\n    parameters:\n      timeout: 3000\n';

/** The file before the release: a comment, one foreign item. */
const START = `# owned by ops\n${header}${foreign}`;
const WRITTEN = `# owned by ops\n${header}${foreign}${item('10.0.0.1:20880', 1)}${item('10.0.0.2:20880', 3)}`;
const touched = (over: Partial<TouchedRule> = {}): TouchedRule => ({ node: NODE.node, text: START, version: 4, lastWritten: WRITTEN, ...over });

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('rollbackText of a file the release found', () => {
  it('gives the start snapshot back byte for byte when nobody else edited it (comments included)', () => {
    expect(rollbackText(touched(), WRITTEN, NODE)).toBe(START);
  });

  it('keeps a foreign edit above the release lines', () => {
    const current = WRITTEN.replace('enabled: true', 'enabled: true # checked 2026-01-02');
    expect(rollbackText(touched(), current, NODE)).toBe(START.replace('enabled: true', 'enabled: true # checked 2026-01-02'));
  });

  it('keeps a foreign edit below the release lines', () => {
    const extra = item('10.0.7.7:20880', 50);
    expect(rollbackText(touched(), `${WRITTEN}${extra}`, NODE)).toBe(`${START}${extra}`);
  });

  it('keeps a foreign edit of a foreign item', () => {
    expect(rollbackText(touched(), WRITTEN.replace('timeout: 3000', 'timeout: 5000'), NODE)).toBe(START.replace('timeout: 3000', 'timeout: 5000'));
  });

  it('refuses a foreign edit of a line the release wrote, with the overlapping ranges', () => {
    const error = refusal(() => rollbackText(touched(), WRITTEN.replace('weight: 3', 'weight: 7'), NODE));
    expect(error).toMatchObject({ code: 'RULE_CHANGED_SINCE', details: { node: NODE.node, overlaps: [{ base: { start: 12, count: 8 } }] } });
  });

  it('keeps a start snapshot without its final newline as it was, foreign edits above included', () => {
    const bare = START.replace(/\n$/, '');
    const current = WRITTEN.replace('# owned by ops', '# owned by ops (team b)');
    expect(rollbackText(touched({ text: bare }), WRITTEN, NODE)).toBe(bare);
    expect(rollbackText(touched({ text: bare }), current, NODE)).toBe(bare.replace('# owned by ops', '# owned by ops (team b)'));
  });

  it('refuses when someone deleted the file the release changed', () => {
    expect(refusal(() => rollbackText(touched(), null, NODE)).code).toBe('RULE_CHANGED_SINCE');
  });
});

describe('rollbackText of a file the release created', () => {
  const created = `${header}${item('10.0.0.1:20880', 1)}${item('10.0.0.2:20880', 3)}`;
  const mine = touched({ text: null, version: null, lastWritten: created });

  it('deletes it when nobody else wrote to it', () => {
    expect(rollbackText(mine, created, NODE)).toBeNull();
  });

  it('keeps what someone else added and removes only the release items', () => {
    const added = `${created}  # disabled by hand\n  - addresses: ["10.0.0.3:20880"]\n    side: provider\n    parameters:\n      disabled: true\n`;
    expect(rollbackText(mine, added, NODE)).toBe(`${header}  # disabled by hand\n  - addresses: ["10.0.0.3:20880"]\n    side: provider\n    parameters:\n      disabled: true\n`);
  });

  it('refuses when someone changed an item the release wrote', () => {
    expect(refusal(() => rollbackText(mine, created.replace('weight: 3', 'weight: 9'), NODE))).toMatchObject({ code: 'RULE_CHANGED_SINCE', details: { changedItems: 1 } });
  });

  it('is already gone when someone deleted it', () => {
    expect(rollbackText(mine, null, NODE)).toBeNull();
  });
});

describe('absorbForeignEdits', () => {
  it('is nothing while the file says what the release wrote', () => {
    expect(absorbForeignEdits(touched(), WRITTEN, NODE, true)).toEqual(touched());
  });

  it('keeps a foreign edit the release later writes over: rollback still restores it', () => {
    const withEdit = WRITTEN.replace('timeout: 3000', 'timeout: 5000');
    const absorbed = absorbForeignEdits(touched(), withEdit, NODE, true);
    expect(absorbed).toMatchObject({ text: START, restoreTo: START.replace('timeout: 3000', 'timeout: 5000'), lastWritten: withEdit });
    // the next step writes new weights on top of the edited file
    const next = withEdit.replace('weight: 1', 'weight: 5').replace('weight: 3', 'weight: 1');
    expect(rollbackText({ ...absorbed, lastWritten: next }, next, NODE)).toBe(START.replace('timeout: 3000', 'timeout: 5000'));
  });

  it('refuses to take in an edit that overlaps the release lines', () => {
    expect(refusal(() => absorbForeignEdits(touched(), WRITTEN.replace('weight: 3', 'weight: 7'), NODE, true)).code).toBe('RULE_CHANGED_SINCE');
  });

  it('tag mode only records the file as it is now', () => {
    expect(absorbForeignEdits(touched(), 'x\n', NODE, false)).toEqual({ ...touched(), lastWritten: 'x\n' });
  });
});
