// Fits the likely-duplicate model for short opinions on the fit part of the hand-labelled
// opinions (server/platform/search/testdata/opinion-groups.labelled.json) and writes it to
// server/platform/search/opinion-model.ts. The features are the proposals' (duplicate-
// features.ts); the pairs are those the grouping compares: each opinion with its most similar
// opinions of the fit part. The threshold is the one grouping the fit part best (adjusted Rand
// index); the measure part is only measured, after the fact. Deterministic.
//
//   npm run fit:opinions            (writes the model, prints both parts' figures)
//   npm run fit:opinions -- --check (writes nothing; fails if the committed model differs)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import type { DuplicateModel } from '../../server/platform/search/duplicate-verdict.js';
import { OPINION_FEATURES, OpinionGrouper } from '../../server/platform/search/opinion-grouping.js';
import { OPINION_MODEL } from '../../server/platform/search/opinion-model.js';
import {
  labelledOpinions,
  measureGrouping,
  splitOf,
  type LabelledOpinion,
  type Split,
} from '../../server/platform/search/opinion-labelled.js';
import { fitLogistic, standardisation, standardise } from '../similarity-labelled/logistic.js';

export const MODEL_FILE = fileURLToPath(new URL('../../server/platform/search/opinion-model.ts', import.meta.url));
const OPTIONS = { l2: 0.01, steps: 6000, rate: 0.3 };
/**
 * Weight of a same-subject, different-ask pair in the fit. Tried 5, 10 and 20 (2026-12-07):
 * the model then keeps those pairs apart only by splitting the true groups (fit-part ARI 0.68,
 * 0.56, 0.38 at the thresholds that kept them apart), so they count once, like any pair.
 */
const HARD_WEIGHT = 1;
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function partOf(split: Split): LabelledOpinion[] {
  const file = labelledOpinions();
  const s = splitOf(file);
  return file.opinions.filter((o) => s.get(o.id) === split);
}

/** Each opinion with its most similar others of the same part, once per pair, labelled same group or not. */
export function candidatePairs(opinions: readonly LabelledOpinion[]): { x: number[]; y: 0 | 1; hard: boolean }[] {
  const grouper = new OpinionGrouper();
  grouper.load(opinions.map((o, i) => ({ id: i + 1, shard: 1, text: { title: o.title, body: o.body } })));
  const seen = new Set<string>();
  const out: { x: number[]; y: 0 | 1; hard: boolean }[] = [];
  opinions.forEach((o, i) => {
    for (const c of grouper.candidates(i + 1)) {
      const key = `${Math.min(i + 1, c.id)}-${Math.max(i + 1, c.id)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const other = opinions[c.id - 1]!;
      const hard =
        (o.sameSubjectAs !== undefined && o.sameSubjectAs === other.group) ||
        (other.sameSubjectAs !== undefined && other.sameSubjectAs === o.group);
      out.push({
        x: grouper.features(i + 1, c.id, c.similarity),
        y: o.group !== undefined && o.group === other.group ? 1 : 0,
        hard,
      });
    }
  });
  return out;
}

const GRID = Array.from({ length: 90 }, (_, i) => r6(0.05 + i * 0.01));

export function fitModel(fit: readonly LabelledOpinion[] = partOf('fit')): DuplicateModel {
  const pairs = candidatePairs(fit);
  const s = standardisation(pairs.map((p) => p.x));
  const { weights, bias } = fitLogistic(
    // A same-subject, different-ask pair counts HARD_WEIGHT times: the few of them are what
    // the model must learn, the many pairs on other subjects are told apart by any feature.
    pairs.flatMap((p) => Array.from({ length: p.hard ? HARD_WEIGHT : 1 }, () => ({ x: standardise(p.x, s), y: p.y }))),
    OPTIONS,
  );
  const model: DuplicateModel = {
    features: [...OPINION_FEATURES],
    mean: s.mean.map(r6),
    scale: s.scale.map(r6),
    weights: weights.map(r6),
    bias: r6(bias),
    threshold: 0.5,
    relatedCut: 0.12,
  };
  // The threshold grouping the fit part best, counting both aims: the adjusted Rand index less
  // the share of same-subject, different-ask opinions put into a group. The middle of the best
  // interval.
  const scores = GRID.map((t) => {
    const f = measureGrouping(fit, { ...model, threshold: t });
    return f.ari - f.sameSubjectGroupedShare;
  });
  const top = Math.max(...scores);
  const best = GRID.filter((_, i) => scores[i]! >= top - 1e-9);
  model.threshold = best[Math.floor((best.length - 1) / 2)]!;
  return model;
}

async function modelSource(model: DuplicateModel): Promise<string> {
  const text = `// Written by bench/opinion-groups/fit.ts (npm run fit:opinions) from the fit part of the
// hand-labelled opinions: do not edit by hand. The proposals' likely-duplicate features
// (duplicate-features.ts), weighed for short opinions; threshold fixed on the fit part.
import type { DuplicateModel } from './duplicate-verdict.js';

export const OPINION_MODEL: DuplicateModel = ${JSON.stringify(model)};
`;
  return format(text, { parser: 'typescript', printWidth: 120, singleQuote: true });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const model = fitModel();
  console.log(`threshold ${model.threshold}`);
  console.log(model.features.map((n, i) => `${n} ${model.weights[i]!.toFixed(2)}`).join(', '));
  for (const split of ['fit', 'measure'] as const) {
    const f = measureGrouping(partOf(split), model);
    console.log(`${split}: ${JSON.stringify({ ...f, misses: undefined })}`);
    for (const m of f.misses) console.log(`  ${m}`);
  }
  if (values.check) {
    const same = JSON.stringify(model) === JSON.stringify(OPINION_MODEL);
    console.log(same ? 'the committed model is the fitted one' : 'the committed model differs from a re-fit');
    return same ? 0 : 1;
  }
  writeFileSync(MODEL_FILE, await modelSource(model));
  console.log(`written: ${MODEL_FILE}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().then((code) => process.exit(code));
