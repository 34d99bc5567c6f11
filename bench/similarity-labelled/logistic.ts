// Logistic regression for the likely-duplicate model: standardised features, L2 penalty,
// full-batch gradient descent from zero weights for a fixed number of steps, so the same
// data always gives the same weights (no random start, no shuffling).

export interface Sample {
  x: readonly number[];
  y: 0 | 1;
}

export interface Standardisation {
  mean: number[];
  scale: number[];
}

export function standardisation(xs: readonly (readonly number[])[]): Standardisation {
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, i) => xs.reduce((s, x) => s + x[i]!, 0) / xs.length);
  // A constant feature keeps scale 1: it then adds nothing, whatever its weight.
  const scale = mean.map((m, i) => Math.sqrt(xs.reduce((s, x) => s + (x[i]! - m) ** 2, 0) / xs.length) || 1);
  return { mean, scale };
}

export function standardise(x: readonly number[], s: Standardisation): number[] {
  return x.map((v, i) => (v - s.mean[i]!) / s.scale[i]!);
}

export interface LogisticOptions {
  l2: number;
  steps: number;
  rate: number;
}

/** Weights and bias minimising the mean log loss plus l2/2 · |w|² (the bias unpenalised). */
export function fitLogistic(data: readonly Sample[], o: LogisticOptions): { weights: number[]; bias: number } {
  const d = data[0]!.x.length;
  const w = new Float64Array(d);
  let b = 0;
  const g = new Float64Array(d);
  for (let step = 0; step < o.steps; step++) {
    g.fill(0);
    let gb = 0;
    for (const { x, y } of data) {
      let z = b;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let i = 0; i < d; i++) g[i] += err * x[i]!;
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i] -= o.rate * (g[i]! / data.length + o.l2 * w[i]!);
    b -= (o.rate * gb) / data.length;
  }
  return { weights: Array.from(w), bias: b };
}
