// Two principal components of the vote matrix, the way Polis computes them: missing votes
// imputed with the statement's mean vote, components by power iteration (warm-started from the
// previous analysis when there is one), and each participant projected from the votes he cast
// only, pushed out by sqrt(statements / votes cast) so that someone who saw few statements is
// not pulled to the centre merely for having seen few.
//
// With mean imputation the centred matrix is zero wherever a vote is missing, so every product
// below runs over the cast votes only (the sparse rows) and never builds the dense matrix.
import type { VoteMatrix } from './vote-matrix.js';

export interface Pca {
  center: Float64Array;
  comps: [Float64Array, Float64Array];
}

const ITERATIONS = 100;

/**
 * Mean vote per statement. Statements moderated out count as a 0 from everyone (Polis zeroes
 * their column), so they weigh nothing in the components.
 */
export function statementMeans(m: VoteMatrix, modOut: Uint8Array): Float64Array {
  const sums = new Float64Array(m.statements.length);
  const counts = new Float64Array(m.statements.length);
  for (let i = 0; i < m.cols.length; i++) {
    sums[m.cols[i]!]! += m.values[i]!;
    counts[m.cols[i]!]!++;
  }
  const center = new Float64Array(m.statements.length);
  for (let c = 0; c < center.length; c++) center[c] = modOut[c] || !counts[c] ? 0 : sums[c]! / counts[c]!;
  return center;
}

/** The cast votes minus the statement means (0 for statements moderated out). */
function centred(m: VoteMatrix, center: Float64Array, modOut: Uint8Array): Float64Array {
  const out = new Float64Array(m.cols.length);
  for (let i = 0; i < out.length; i++) {
    const c = m.cols[i]!;
    out[i] = modOut[c] ? 0 : m.values[i]! - center[c]!;
  }
  return out;
}

/** out = Xᵀ X v over the sparse centred rows. */
function gram(m: VoteMatrix, x: Float64Array, v: Float64Array, out: Float64Array): void {
  out.fill(0);
  const rows = m.participants.length;
  for (let r = 0; r < rows; r++) {
    const start = m.rowStart[r]!;
    const end = m.rowStart[r + 1]!;
    let s = 0;
    for (let i = start; i < end; i++) s += x[i]! * v[m.cols[i]!]!;
    if (s === 0) continue;
    for (let i = start; i < end; i++) out[m.cols[i]!]! += s * x[i]!;
  }
}

function normalise(v: Float64Array): number {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return norm;
}

function removeComponent(v: Float64Array, along: Float64Array | null): void {
  if (!along) return;
  let dot = 0;
  for (let i = 0; i < v.length; i++) dot += v[i]! * along[i]!;
  for (let i = 0; i < v.length; i++) v[i]! -= dot * along[i]!;
}

/** A fixed pseudo-random start (Polis starts from a random vector): the same input gives the same map. */
function seededStart(n: number, seed: number): Float64Array {
  const v = new Float64Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    v[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return v;
}

/**
 * Power iteration for one component, orthogonal to `previous` (deflation: the second
 * component is the first of the data with the first component factored out).
 */
function component(m: VoteMatrix, x: Float64Array, start: Float64Array, previous: Float64Array | null): Float64Array {
  const n = m.statements.length;
  let v = Float64Array.from(start);
  removeComponent(v, previous);
  if (normalise(v) === 0) return v;
  let next = new Float64Array(n);
  let lastValue = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    gram(m, x, v, next);
    removeComponent(next, previous);
    const value = normalise(next);
    if (value === 0) return next;
    [v, next] = [next, v];
    if (Math.abs(value - lastValue) <= 1e-12 * value) break;
    lastValue = value;
  }
  return v;
}

export function computePca(m: VoteMatrix, modOut: Uint8Array, warm?: Pca['comps'] | null): Pca {
  const center = statementMeans(m, modOut);
  const x = centred(m, center, modOut);
  const n = m.statements.length;
  const startFor = (i: 0 | 1): Float64Array => {
    const prev = warm?.[i];
    // A warm start must match the current statements; new statements start at 1 as in Polis.
    if (prev && prev.length <= n && prev.some((value) => value !== 0)) {
      const v = new Float64Array(n).fill(1);
      v.set(prev);
      return v;
    }
    return seededStart(n, 17 + i);
  };
  const pc1 = component(m, x, startFor(0), null);
  const pc2 = component(m, x, startFor(1), pc1);
  return { center, comps: [pc1, pc2] };
}

/**
 * Each participant's place on the map from the votes he cast, scaled by
 * sqrt(statements / max(votes cast, 1)). Statements moderated out count as cast by everyone,
 * as Polis's zeroed columns do.
 */
export function projectParticipants(m: VoteMatrix, pca: Pca, modOut: Uint8Array): Float64Array {
  const [pc1, pc2] = pca.comps;
  const rows = m.participants.length;
  const nStatements = m.statements.length;
  let nModOut = 0;
  for (let c = 0; c < nStatements; c++) if (modOut[c]) nModOut++;
  const xy = new Float64Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    let p1 = 0;
    let p2 = 0;
    let cast = nModOut;
    for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) {
      const c = m.cols[i]!;
      if (modOut[c]) continue;
      const d = m.values[i]! - pca.center[c]!;
      p1 += d * pc1[c]!;
      p2 += d * pc2[c]!;
      cast++;
    }
    const scale = Math.sqrt(nStatements / Math.max(cast, 1));
    xy[r * 2] = p1 * scale;
    xy[r * 2 + 1] = p2 * scale;
  }
  return xy;
}
