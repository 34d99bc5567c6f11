// Classification of opinions (pure): the office's keyword rules first, then a multinomial naive
// Bayes classifier over the platform tokenizer's terms, fitted on the organisation's own opinions
// already classified by rule or by the office. Small, fast to fit (one pass over the examples),
// and its posterior is the confidence shown to the office.

/** One labelled example: the terms of an opinion and the category (or theme) it belongs to. */
export interface Example {
  terms: readonly string[];
  label: number;
  /** An office correction counts more than a rule's label: it is a person's judgement. */
  weight: number;
}

export interface NaiveBayes {
  labels: number[];
  logPrior: Map<number, number>;
  /** log P(term | label) for the terms seen with the label. */
  logLikelihood: Map<number, Map<string, number>>;
  /** log P(term | label) of a term in the vocabulary not seen with the label (Laplace smoothing). */
  logUnseen: Map<number, number>;
  vocabulary: Set<string>;
}

/** Laplace smoothing: one pseudo-count per term of the vocabulary. */
const ALPHA = 1;

/** Fits the classifier; null when there is nothing to learn from. */
export function fitNaiveBayes(examples: readonly Example[]): NaiveBayes | null {
  if (!examples.length) return null;
  const vocabulary = new Set<string>();
  const counts = new Map<number, Map<string, number>>();
  const totals = new Map<number, number>();
  const docs = new Map<number, number>();
  let allDocs = 0;
  for (const ex of examples) {
    docs.set(ex.label, (docs.get(ex.label) ?? 0) + ex.weight);
    allDocs += ex.weight;
    let c = counts.get(ex.label);
    if (!c) counts.set(ex.label, (c = new Map()));
    for (const t of ex.terms) {
      vocabulary.add(t);
      c.set(t, (c.get(t) ?? 0) + ex.weight);
      totals.set(ex.label, (totals.get(ex.label) ?? 0) + ex.weight);
    }
  }
  const labels = [...docs.keys()].sort((a, b) => a - b);
  const v = vocabulary.size;
  const logPrior = new Map<number, number>();
  const logLikelihood = new Map<number, Map<string, number>>();
  const logUnseen = new Map<number, number>();
  for (const label of labels) {
    logPrior.set(label, Math.log(docs.get(label)! / allDocs));
    const denominator = (totals.get(label) ?? 0) + ALPHA * v;
    const ll = new Map<string, number>();
    for (const [t, n] of counts.get(label)!) ll.set(t, Math.log((n + ALPHA) / denominator));
    logLikelihood.set(label, ll);
    logUnseen.set(label, Math.log(ALPHA / denominator));
  }
  return { labels, logPrior, logLikelihood, logUnseen, vocabulary };
}

/**
 * The most probable label and its posterior probability. Terms outside the vocabulary say
 * nothing and are skipped; an opinion sharing no term with the examples gets no label.
 */
export function predict(model: NaiveBayes, terms: readonly string[]): { label: number; confidence: number } | null {
  const known = terms.filter((t) => model.vocabulary.has(t));
  if (!known.length) return null;
  const scores = model.labels.map((label) => {
    const ll = model.logLikelihood.get(label)!;
    const unseen = model.logUnseen.get(label)!;
    let s = model.logPrior.get(label)!;
    for (const t of known) s += ll.get(t) ?? unseen;
    return s;
  });
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  return { label: model.labels[best]!, confidence: exp[best]! / sum };
}

export interface KeywordCategory {
  id: number;
  keywords: readonly string[];
}

/**
 * The office's keyword rules: the category whose keywords the text contains most (distinct
 * keywords counted once); none when no keyword matches or two categories tie.
 */
export function matchRules(text: string, categories: readonly KeywordCategory[]): number | null {
  const folded = text.normalize('NFKC').toLowerCase();
  let best: number | null = null;
  let bestHits = 0;
  let tie = false;
  for (const c of categories) {
    const hits = new Set(
      c.keywords.map((k) => k.trim().normalize('NFKC').toLowerCase()).filter((k) => k && folded.includes(k)),
    ).size;
    if (hits > bestHits) {
      best = c.id;
      bestHits = hits;
      tie = false;
    } else if (hits > 0 && hits === bestHits) tie = true;
  }
  return tie ? null : best;
}

/** Below this posterior the model's label is kept but shown to the office as uncertain. */
export const LOW_CONFIDENCE = 0.6;
/** The classifier is fitted again once this many office corrections arrived since the last fit. */
export const REFIT_AFTER_CORRECTIONS = 3;
/** ... or once the labelled opinions grew by this share (new rule-classified opinions). */
export const REFIT_AFTER_GROWTH = 0.2;
/** The most recent labelled opinions a fit reads (office corrections are always read). */
export const TRAINING_LIMIT = 5000;
/** How much an office correction weighs against a rule's label. */
export const OFFICE_WEIGHT = 3;
