/**
 * A line-based three-way merge (diff3): `base` changed one way into `ours` and another way into `theirs`;
 * the merge applies both sets of changes to `base`. Lines keep their terminators, so a text without a final
 * newline, CRLF endings and comments come back byte for byte. Changes that touch the same lines of `base`
 * (or an insertion strictly inside a range the other side changed, or two different insertions at one
 * point) conflict: the merge then answers the overlapping ranges and no text. Identical changes on both
 * sides count once.
 */
import { diffLines } from './text-diff.ts';

/** Lines with their `\n` kept; the last one may lack it. */
export function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface Hunk {
  /** The replaced range of base, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly lines: readonly string[];
  /** Where the replacement sits in the changed text, [otherStart, otherStart + lines.length). */
  readonly otherStart: number;
}

/** A 1-based line range as unified diffs print it (`count` 0: an insertion after line start - 1). */
export interface LineRange {
  readonly start: number;
  readonly count: number;
}

export interface MergeOverlap {
  readonly base: LineRange;
  readonly ours: LineRange;
  readonly theirs: LineRange;
}

export type MergeOutcome = { readonly kind: 'merged'; readonly text: string } | { readonly kind: 'conflict'; readonly overlaps: readonly MergeOverlap[] };

function hunksOf(base: readonly string[], other: readonly string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: { start: number; end: number; lines: string[]; otherStart: number } | undefined;
  for (const op of diffLines(base, other)) {
    if (op.kind === 'same') {
      if (open) hunks.push(open);
      open = undefined;
      i++;
      j++;
      continue;
    }
    open ??= { start: i, end: i, lines: [], otherStart: j };
    if (op.kind === 'del') open.end = ++i;
    else {
      open.lines.push(op.line);
      j++;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

const empty = (h: Hunk): boolean => h.start === h.end;
const inside = (point: number, h: Hunk): boolean => h.start < point && point < h.end;

function same(a: Hunk, b: Hunk): boolean {
  return a.start === b.start && a.end === b.end && a.lines.length === b.lines.length && a.lines.every((l, k) => l === b.lines[k]);
}

function overlaps(a: Hunk, b: Hunk): boolean {
  if (same(a, b)) return false;
  if (empty(a) && empty(b)) return a.start === b.start;
  if (empty(a)) return inside(a.start, b);
  if (empty(b)) return inside(b.start, a);
  return a.start < b.end && b.start < a.end;
}

function range(start: number, count: number): LineRange {
  return { start: start + 1, count };
}

function overlapOf(a: Hunk, b: Hunk): MergeOverlap {
  const start = Math.min(a.start, b.start);
  return {
    base: range(start, Math.max(a.end, b.end) - start),
    ours: range(a.otherStart, a.lines.length),
    theirs: range(b.otherStart, b.lines.length),
  };
}

/** Merges the change base → theirs into ours (equivalently base → ours into theirs). */
export function mergeLines(base: string, ours: string, theirs: string): MergeOutcome {
  if (ours === theirs || theirs === base) return { kind: 'merged', text: ours };
  if (ours === base) return { kind: 'merged', text: theirs };
  const b = linesOf(base);
  const mine = hunksOf(b, linesOf(ours));
  const foreign = hunksOf(b, linesOf(theirs));
  const conflicts = mine.flatMap((a) => foreign.filter((f) => overlaps(a, f)).map((f) => overlapOf(a, f)));
  if (conflicts.length > 0) return { kind: 'conflict', overlaps: conflicts };
  const all = [...mine, ...foreign.filter((f) => !mine.some((a) => same(a, f)))];
  // Insertions at a point go before a range starting there; non-conflicting ranges never intersect.
  all.sort((x, y) => x.start - y.start || Number(!empty(x)) - Number(!empty(y)));
  const out: string[] = [];
  let cursor = 0;
  for (const h of all) {
    out.push(...b.slice(cursor, h.start), ...h.lines);
    cursor = h.end;
  }
  out.push(...b.slice(cursor));
  // A last line without its newline that now has lines after it gets one; nothing else changes.
  return { kind: 'merged', text: out.map((line, k) => (k < out.length - 1 && !line.endsWith('\n') ? `${line}\n` : line)).join('') };
}
