// Fits the likely-duplicate model on the fit part of the labelled set and writes it to
// server/platform/search/duplicate-model.ts, which the server imports. Deterministic: the
// same texts give the same file. The measure part is only measured, after the fact.
//
//   npm run fit:similarity            (writes the model, prints both parts' figures)
//   npm run fit:similarity -- --check (writes nothing; fails if the committed model differs)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { FEATURES } from '../../server/platform/search/duplicate-features.js';
import type { DuplicateModel } from '../../server/platform/search/duplicate-verdict.js';
import { DUPLICATE_MODEL } from '../../server/platform/search/duplicate-model.js';
import { evaluate, type VerdictFigures } from './evaluate.js';
import { fitLogistic, standardisation, standardise } from './logistic.js';
import { labelledIdf, labelledPairs, type LabelledPair } from './pairs.js';

export const MODEL_FILE = fileURLToPath(new URL('../../server/platform/search/duplicate-model.ts', import.meta.url));
/** A light penalty: 16 correlated features over about 500 pairs. */
const OPTIONS = { l2: 0.01, steps: 6000, rate: 0.3 };

/** Rounded so the committed file is readable and a re-fit on another machine writes the same digits. */
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The middle of the values of `grid` that score best: a threshold in the middle of the best
 * interval keeps its distance from the examples on either side.
 */
function bestOf(grid: number[], score: (t: number) => number): number {
  const scores = grid.map(score);
  const top = Math.max(...scores);
  const best = grid.filter((_, i) => scores[i]! >= top - 1e-12);
  return best[Math.floor((best.length - 1) / 2)]!;
}

const GRID = Array.from({ length: 91 }, (_, i) => r6(0.05 + i * 0.01));

/**
 * `related` cut on the whole-text cosine: the best F1 at telling pairs on the same subject
 * (a query and an original of its subject, whatever the label) from the others.
 */
function relatedCut(pairs: readonly LabelledPair[]): number {
  return bestOf(GRID, (t) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const p of pairs) {
      const says = p.x[0]! >= t;
      if (says && p.sameSubject) tp++;
      else if (says) fp++;
      else if (p.sameSubject) fn++;
    }
    return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  });
}

export function fitModel(pairs: readonly LabelledPair[] = labelledPairs('fit', labelledIdf())): DuplicateModel {
  const s = standardisation(pairs.map((p) => p.x));
  const { weights, bias } = fitLogistic(
    pairs.map((p) => ({ x: standardise(p.x, s), y: p.duplicate ? 1 : 0 })),
    OPTIONS,
  );
  const model: DuplicateModel = {
    features: [...FEATURES],
    mean: s.mean.map(r6),
    scale: s.scale.map(r6),
    weights: weights.map(r6),
    bias: r6(bias),
    threshold: 0.5,
    relatedCut: relatedCut(pairs),
  };
  model.threshold = bestOf(GRID, (t) => evaluate(pairs, { ...model, threshold: t }).f1);
  return model;
}

export async function modelSource(model: DuplicateModel): Promise<string> {
  const text = `// Written by bench/similarity-labelled/fit.ts (npm run fit:similarity) from the fit part of
// the hand-labelled set: do not edit by hand. Logistic regression over the standardised
// features of duplicate-features.ts; threshold and related cut fixed on the fit part.
import type { DuplicateModel } from './duplicate-verdict.js';

export const DUPLICATE_MODEL: DuplicateModel = ${JSON.stringify(model)};
`;
  return format(text, { parser: 'typescript', printWidth: 120, singleQuote: true });
}

export function describe(name: string, f: VerdictFigures): string {
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)} %)`;
  return [
    `${name}: duplicate verdict precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}, F1 ${f.f1.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`,
    `  probability: lowest of a duplicate with its original ${f.lowestDuplicate.toFixed(3)}, highest of any other pair ${f.highestOther.toFixed(3)}`,
    `  related queries marked duplicate ${pct(f.relatedMarkedDuplicate, f.relatedQueries)}, unrelated ${f.unrelatedMarkedDuplicate}`,
    `  same-subject pairs marked (duplicate or related) ${pct(f.sameSubjectMarked, f.sameSubjectPairs)}, other pairs ${pct(f.otherSubjectMarked, f.otherSubjectPairs)}`,
    ...f.misses.map((m) => `  ${m}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const idf = labelledIdf();
  const model = fitModel(labelledPairs('fit', idf));
  console.log(`threshold ${model.threshold}, related cut ${model.relatedCut}`);
  console.log(model.features.map((n, i) => `${n} ${model.weights[i]!.toFixed(2)}`).join(', '));
  console.log(describe('fit', evaluate(labelledPairs('fit', idf), model)));
  console.log(describe('measure', evaluate(labelledPairs('measure', idf), model)));
  if (values.check) {
    const same = JSON.stringify(model) === JSON.stringify(DUPLICATE_MODEL);
    console.log(same ? 'the committed model is the fitted one' : 'the committed model differs from a re-fit');
    return same ? 0 : 1;
  }
  writeFileSync(MODEL_FILE, await modelSource(model));
  console.log(`written: ${MODEL_FILE}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().then((code) => process.exit(code));
