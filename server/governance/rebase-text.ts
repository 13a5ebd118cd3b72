/**
 * Keeps an edited rule file looking like the file we read. The `yaml` printer normalises some layout
 * (spaces before a comment, quoting of flow keys, …), so printing a Document that we changed in one place
 * could re-format lines we never touched. This replays the printer's own changes (pristine print → edited
 * print) onto the original text: lines the edit did not touch keep their original bytes.
 */
import { diffLines, splitLines } from './text-diff.ts';

interface Segment {
  readonly original: string[];
  /** Index of its first line in the pristine print, and how many lines it spans there. */
  readonly start: number;
  readonly count: number;
}

function segmentsOf(original: readonly string[], pristine: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let o = 0;
  let dirty: { original: string[]; start: number; count: number } | undefined;
  const flush = (): void => {
    if (dirty) segments.push(dirty);
    dirty = undefined;
  };
  for (const op of diffLines(original, pristine)) {
    if (op.kind === 'same') {
      flush();
      segments.push({ original: [op.line], start: o, count: 1 });
      o++;
      continue;
    }
    dirty ??= { original: [], start: o, count: 0 };
    if (op.kind === 'del') dirty.original.push(op.line);
    else {
      dirty.count++;
      o++;
    }
  }
  flush();
  return segments;
}

/** `original` printed as `pristine` before the edit and as `edited` after it; returns the edited text. */
export function rebaseText(original: string, pristine: string, edited: string): string {
  if (original === pristine || pristine === edited) return original === pristine ? edited : original;
  const p = splitLines(pristine);
  const inserts: string[][] = Array.from({ length: p.length + 1 }, () => []);
  const kept: boolean[] = p.map(() => false);
  let i = 0;
  for (const op of diffLines(p, splitLines(edited))) {
    if (op.kind === 'add') inserts[i]?.push(op.line);
    else {
      kept[i] = op.kind === 'same';
      i++;
    }
  }
  const out: string[] = [];
  const emitted = new Set<number>();
  const emitInserts = (k: number): void => {
    if (emitted.has(k)) return;
    emitted.add(k);
    out.push(...(inserts[k] ?? []));
  };
  for (const seg of segmentsOf(splitLines(original), p)) {
    emitInserts(seg.start);
    let touched = false;
    for (let k = seg.start; k < seg.start + seg.count; k++) {
      if (!kept[k] || (k > seg.start && (inserts[k]?.length ?? 0) > 0)) touched = true;
    }
    if (!touched) {
      out.push(...seg.original);
      continue;
    }
    for (let k = seg.start; k < seg.start + seg.count; k++) {
      if (k > seg.start) emitInserts(k);
      if (kept[k]) out.push(p[k] ?? '');
    }
  }
  emitInserts(p.length);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
