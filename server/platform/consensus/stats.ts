// The tests Polis uses on vote shares. Every count is smoothed by one (a weak prior), so a
// statement seen by two people cannot look like a landslide.

/** z of "more than half agree" for succ successes out of n. */
export function propTest(succ: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((succ + 1) / (n + 1) - 0.5);
}

/** z of "the share in the group is higher than the share outside it". */
export function twoPropTest(succIn: number, succOut: number, popIn: number, popOut: number): number {
  const s1 = succIn + 1;
  const s2 = succOut + 1;
  const n1 = popIn + 1;
  const n2 = popOut + 1;
  const pHat = (s1 + s2) / (n1 + n2);
  if (pHat === 1) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pHat * (1 - pHat) * (1 / n1 + 1 / n2));
}

/** One-sided significance at 90 %. */
export function significant90(z: number): boolean {
  return z > 1.2816;
}

/** Per statement and group: agrees, disagrees, votes seen (agree, disagree or pass). */
export interface Tally {
  na: number;
  nd: number;
  ns: number;
}

export interface ShareStats extends Tally {
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
}

export function shareStats({ na, nd, ns }: Tally): ShareStats {
  return {
    na,
    nd,
    ns,
    pa: (1 + na) / (2 + ns),
    pd: (1 + nd) / (2 + ns),
    pat: propTest(na, ns),
    pdt: propTest(nd, ns),
  };
}
