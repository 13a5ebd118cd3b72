/**
 * A small line diff for rule previews: LCS over lines, printed in unified format (`---`/`+++`, `@@` hunks
 * with 3 lines of context). Rule files are small; past a size bound the diff degrades to "replace all",
 * which is still a correct unified diff.
 */
export type DiffOp = { readonly kind: 'same' | 'del' | 'add'; readonly line: string };

const MAX_CELLS = 4_000_000;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [...a.map((line) => ({ kind: 'del' as const, line })), ...b.map((line) => ({ kind: 'add' as const, line }))];
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j] ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: 'same', line: a[i] ?? '' });
      i++;
      j++;
    } else if (i < n && (j === m || (lcs[(i + 1) * (m + 1) + j] ?? 0) >= (lcs[i * (m + 1) + j + 1] ?? 0))) {
      ops.push({ kind: 'del', line: a[i] ?? '' });
      i++;
    } else {
      ops.push({ kind: 'add', line: b[j] ?? '' });
      j++;
    }
  }
  return ops;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** Unified diff of two texts; '' when they are equal. `before` undefined = the file does not exist. */
export function unifiedDiff(before: string | undefined, after: string | undefined, name: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before ?? ''), splitLines(after ?? ''));
  const out = [`--- ${before === undefined ? '/dev/null' : `a/${name}`}`, `+++ ${after === undefined ? '/dev/null' : `b/${name}`}`];
  const changed = ops.map((op, k) => (op.kind !== 'same' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const first = changed[k] ?? 0;
    let last = first;
    while (k + 1 < changed.length && (changed[k + 1] ?? 0) - last <= 2 * context + 1) last = changed[++k] ?? last;
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    let aStart = 1;
    let bStart = 1;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== 'add') aStart++;
      if (op.kind !== 'del') bStart++;
    }
    const hunk = ops.slice(from, to + 1);
    const aCount = hunk.filter((op) => op.kind !== 'add').length;
    const bCount = hunk.filter((op) => op.kind !== 'del').length;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
    for (const op of hunk) out.push(`${op.kind === 'same' ? ' ' : op.kind === 'del' ? '-' : '+'}${op.line}`);
  }
  return `${out.join('\n')}\n`;
}
