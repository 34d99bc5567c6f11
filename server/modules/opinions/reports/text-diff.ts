// Tracked changes between two versions of a report (pure): the texts are cut into tokens (each
// Chinese character, punctuation mark and space alone; a run of Latin letters or of digits as
// one word, so "2026" or "PM2.5" is not split), the shortest edit script between the token
// lists is found with Myers' O((N+M)D) algorithm, and runs of equal, inserted and deleted
// tokens are joined into spans the page renders (<ins>, <del>).

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffSpan {
  op: DiffOp;
  text: string;
}

const WORD = /[A-Za-z]+(?:[.'-][A-Za-z]+)*|\d+(?:[.,:]\d+)*%?|\s+|[\s\S]/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Past this many edits the middle is shown as one deletion and one insertion (a rewrite). */
const MAX_EDITS = 3000;

/** The spans turning `before` into `after`; joining the equal and deleted spans gives `before`, the equal and inserted `after`. */
export function diffText(before: string, after: string): DiffSpan[] {
  const a = tokens(before);
  const b = tokens(after);
  // The common head and tail cost nothing: most edits touch a few places of a long text.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: [DiffOp, string][] = a.slice(0, head).map((t) => ['equal', t]);
  ops.push(...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  ops.push(...a.slice(a.length - tail).map((t): [DiffOp, string] => ['equal', t]));
  return join(ops);
}

function join(ops: [DiffOp, string][]): DiffSpan[] {
  const out: DiffSpan[] = [];
  for (const [op, text] of ops) {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  }
  return out;
}

/** Myers' greedy forward search, keeping each round's frontier to walk the path back. */
function middle(a: string[], b: string[]): [DiffOp, string][] {
  const n = a.length;
  const m = b.length;
  if (!n) return b.map((t) => ['insert', t]);
  if (!m) return a.map((t) => ['delete', t]);
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d, offset);
    }
    v = next;
  }
  return [...a.map((t): [DiffOp, string] => ['delete', t]), ...b.map((t): [DiffOp, string] => ['insert', t])];
}

function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number, offset: number): [DiffOp, string][] {
  const out: [DiffOp, string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    // trace[d] is the frontier before round d: where the path came from.
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
      out.push(['equal', a[--x]!]);
      y--;
    }
    if (down) out.push(['insert', b[--y]!]);
    else out.push(['delete', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    out.push(['equal', a[--x]!]);
    y--;
  }
  return out.reverse();
}

/** How much changed: characters inserted and deleted. */
export function diffSize(spans: DiffSpan[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const s of spans) {
    if (s.op === 'insert') inserted += [...s.text].length;
    if (s.op === 'delete') deleted += [...s.text].length;
  }
  return { inserted, deleted };
}
