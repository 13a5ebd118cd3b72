// The line-based three-way merge rollback relies on: both sides' changes applied to the base when they touch
// different lines, byte for byte (terminators, comments, no final newline); overlaps answered, not guessed.
import { describe, expect, it } from 'vitest';
import { linesOf, mergeLines } from '../../../server/governance/merge-lines.ts';

const BASE = 'a\nb\nc\nd\ne\n';

describe('linesOf', () => {
  it('keeps every terminator, so joining gives the text back', () => {
    for (const text of ['', 'x', 'x\n', 'x\r\ny', '\n\n', 'a\n# c\n\nb']) expect(linesOf(text).join('')).toBe(text);
  });
});

describe('mergeLines', () => {
  const MERGES = [
    { name: 'no foreign change → ours exactly', ours: 'a\nB\nc\nd\ne\n', theirs: BASE, text: 'a\nB\nc\nd\ne\n' },
    { name: 'no change of ours → theirs', ours: BASE, theirs: 'a\nb\nc\nd\nE\n', text: 'a\nb\nc\nd\nE\n' },
    { name: 'foreign edit below ours kept', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nc\nd\nE\n', text: 'a\nB\nc\nd\nE\n' },
    { name: 'foreign edit above ours kept', ours: 'a\nb\nc\nD\ne\n', theirs: 'A\nb\nc\nd\ne\n', text: 'A\nb\nc\nD\ne\n' },
    { name: 'adjacent lines changed on each side', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nC\nd\ne\n', text: 'a\nB\nC\nd\ne\n' },
    { name: 'foreign insertion right after our range', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nx\nc\nd\ne\n', text: 'a\nB\nx\nc\nd\ne\n' },
    { name: 'foreign insertion right before our range', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nx\nb\nc\nd\ne\n', text: 'a\nx\nB\nc\nd\ne\n' },
    { name: 'our deletion and a foreign insertion elsewhere', ours: 'a\nd\ne\n', theirs: 'a\nb\nc\nd\ne\nf\n', text: 'a\nd\ne\nf\n' },
    { name: 'the same change on both sides counts once', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nB\nc\nd\nE\n', text: 'a\nB\nc\nd\nE\n' },
    { name: 'comments added by someone else survive', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nc\nd # why\ne\n', text: 'a\nB\nc\nd # why\ne\n' },
    { name: 'a missing final newline is kept', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nc\nd\ne\nf', text: 'a\nB\nc\nd\ne\nf' },
    { name: 'CRLF lines are kept', ours: 'a\nB\nc\nd\ne\n', theirs: 'a\nb\nc\nd\ne\r\n', text: 'a\nB\nc\nd\ne\r\n' },
  ];
  it.each(MERGES)('$name', ({ ours, theirs, text }) => {
    expect(mergeLines(BASE, ours, theirs)).toEqual({ kind: 'merged', text });
  });

  it('refuses a foreign edit of a line we changed, answering both ranges', () => {
    const outcome = mergeLines(BASE, 'a\nB\nc\nd\ne\n', 'a\nX\nY\nc\nd\ne\n');
    expect(outcome).toEqual({ kind: 'conflict', overlaps: [{ base: { start: 2, count: 1 }, ours: { start: 2, count: 1 }, theirs: { start: 2, count: 2 } }] });
  });

  it('refuses a foreign insertion inside a range we replaced, and two different insertions at one point', () => {
    expect(mergeLines(BASE, 'a\nX\ne\n', 'a\nb\nc\nnew\nd\ne\n').kind).toBe('conflict');
    expect(mergeLines(BASE, 'a\nmine\nb\nc\nd\ne\n', 'a\ntheirs\nb\nc\nd\ne\n').kind).toBe('conflict');
  });

  it('refuses when someone deleted the file (theirs empty) after we changed it', () => {
    expect(mergeLines(BASE, 'a\nB\nc\nd\ne\n', '').kind).toBe('conflict');
  });
});
