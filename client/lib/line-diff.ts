/**
 * Rule text diffs as the console shows them: the server's unified diffs (previews, history) parsed into
 * lines, and diffs the browser computes itself (any history version against the current text, an audit
 * entry's before/after). Both produce the same DiffLine list, so one component renders them.
 * `null` text means "the node did not exist".
 */
export type DiffLine =
  | { kind: 'meta'; text: string }
  | { kind: 'hunk'; text: string }
  | { kind: 'skip'; count: number }
  | { kind: 'context' | 'add' | 'remove'; text: string; oldLine: number | undefined; newLine: number | undefined };

export type DiffStats = { added: number; removed: number };

/** Past this many line pairs the diff degrades to "remove all, add all" (rule files are small). */
const MAX_CELLS = 1_000_000;

export function splitLines(text: string | null): string[] {
  if (text === null || text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** LCS line diff of two texts, every line kept (fold long unchanged runs with foldContext). */
export function diffTexts(before: string | null, after: string | null): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = a.length * b.length > MAX_CELLS ? replaceAll(a, b) : lcsOps(a, b);
  let oldLine = 0;
  let newLine = 0;
  return ops.map(([kind, text]) => {
    if (kind !== 'add') oldLine++;
    if (kind !== 'remove') newLine++;
    return { kind, text, oldLine: kind === 'add' ? undefined : oldLine, newLine: kind === 'remove' ? undefined : newLine };
  });
}

type Op = ['context' | 'add' | 'remove', string];

function replaceAll(a: readonly string[], b: readonly string[]): Op[] {
  return [...a.map((line): Op => ['remove', line]), ...b.map((line): Op => ['add', line])];
}

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(['context', a[i++] ?? '']);
      j++;
    } else if (i < a.length && (j === b.length || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      ops.push(['remove', a[i++] ?? '']);
    } else {
      ops.push(['add', b[j++] ?? '']);
    }
  }
  return ops;
}

/** Parses a unified diff (`---`/`+++` headers, `@@ -a,b +c,d @@` hunks) into numbered lines. */
export function parseUnifiedDiff(diff: string): DiffLine[] {
  const out: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const raw of splitLines(diff)) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
    if (hunk) {
      oldLine = Number(hunk[1]) - 1;
      newLine = Number(hunk[2]) - 1;
      out.push({ kind: 'hunk', text: raw });
    } else if (raw.startsWith('--- ') || raw.startsWith('+++ ') || raw.startsWith('\\')) {
      out.push({ kind: 'meta', text: raw });
    } else if (raw.startsWith('+')) {
      out.push({ kind: 'add', text: raw.slice(1), oldLine: undefined, newLine: ++newLine });
    } else if (raw.startsWith('-')) {
      out.push({ kind: 'remove', text: raw.slice(1), oldLine: ++oldLine, newLine: undefined });
    } else {
      out.push({ kind: 'context', text: raw.slice(1), oldLine: ++oldLine, newLine: ++newLine });
    }
  }
  return out;
}

/** Replaces unchanged runs longer than 2×context (away from changes) with one `skip` line. */
export function foldContext(lines: readonly DiffLine[], context = 3): DiffLine[] {
  const changed = lines.map((line) => line.kind === 'add' || line.kind === 'remove');
  if (!changed.includes(true)) return [...lines];
  const near = (index: number) =>
    changed.slice(Math.max(0, index - context), Math.min(lines.length, index + context + 1)).includes(true);
  const out: DiffLine[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (line.kind === 'context' && !near(index)) {
      skipped++;
      return;
    }
    if (skipped > 0) out.push({ kind: 'skip', count: skipped });
    skipped = 0;
    out.push(line);
  });
  if (skipped > 0) out.push({ kind: 'skip', count: skipped });
  return out;
}

export function diffStats(lines: readonly DiffLine[]): DiffStats {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === 'add') added++;
    if (line.kind === 'remove') removed++;
  }
  return { added, removed };
}
