import { describe, expect, it } from 'vitest';
import { createRng, generateText, reword, textOf } from '../../test/proposal-text-generator.js';
import { PROPOSAL_TEXTS, REWORDED, UNRELATED } from '../../test/proposal-texts.js';
import { ChunkedU32 } from './similarity-containers.js';
import { SimilarityIndex } from './similarity-index.js';
import {
  bruteForceTopK,
  collectionStats,
  decodeVector,
  encodeVector,
  recallAtK,
  storedVector,
  storedVersion,
  termVector,
  VECTOR_VERSION,
  type ScoredDoc,
  type TermVector,
} from './similarity-scoring.js';

const ORGS = [1, 2, 3];

function corpus(n: number, seed: number): { docs: ScoredDoc[]; texts: Map<number, ReturnType<typeof generateText>> } {
  const rnd = createRng(seed);
  const docs: ScoredDoc[] = [];
  const texts = new Map<number, ReturnType<typeof generateText>>();
  for (let i = 1; i <= n; i++) {
    const g = generateText(rnd);
    texts.set(i, g);
    docs.push({ id: i, orgId: ORGS[Math.floor(rnd.next() * ORGS.length)]!, vector: termVector(textOf(g)) });
  }
  return { docs, texts };
}

function build(docs: readonly ScoredDoc[], opts?: ConstructorParameters<typeof SimilarityIndex>[0]): SimilarityIndex {
  const index = new SimilarityIndex(opts);
  const bulk = index.bulk();
  for (const d of docs) bulk.add(d.id, d.orgId, d.vector);
  bulk.finish();
  return index;
}

describe('similarity index', () => {
  const { docs, texts } = corpus(3000, 11);
  const rnd = createRng(12);
  const queries = Array.from({ length: 100 }, () => {
    const d = docs[Math.floor(rnd.next() * docs.length)]!;
    return { of: d, vector: termVector(textOf(reword(texts.get(d.id)!, rnd))) };
  });

  it('finds what brute force finds: recall@10 of 100 reworded drafts over 3 000 proposals is at least 0.95', () => {
    const index = build(docs);
    const stats = collectionStats(docs);
    let recall = 0,
      firstIsOriginal = 0;
    for (const q of queries) {
      const exact = bruteForceTopK(docs, q.vector, { orgId: q.of.orgId, k: 50 }, stats);
      const found = index.query(q.vector, { orgId: q.of.orgId, k: 10 });
      recall += recallAtK(found, exact, 10);
      // The scores are the reference's scores, not an approximation of them.
      const exactScore = new Map(exact.map((h) => [h.id, h.score]));
      for (const h of found) if (exactScore.has(h.id)) expect(h.score).toBeCloseTo(exactScore.get(h.id)!, 6);
      if (found[0]?.id === q.of.id) firstIsOriginal++;
    }
    expect(recall / queries.length).toBeGreaterThanOrEqual(0.95);
    // Generated proposals share most sentences with others on the subject; the reworded one still usually finds its original first.
    expect(firstIsOriginal).toBeGreaterThan(60);
  });

  it('keeps recall with aggressive pruning settings too', () => {
    const index = build(docs, { collect: 1, depth: 50, minBudget: 5000, budgetShare: 0.01 });
    const stats = collectionStats(docs);
    let recall = 0;
    for (const q of queries) {
      recall += recallAtK(
        index.query(q.vector, { orgId: q.of.orgId, k: 10 }),
        bruteForceTopK(docs, q.vector, { orgId: q.of.orgId, k: 50 }, stats),
        10,
      );
    }
    expect(recall / queries.length).toBeGreaterThanOrEqual(0.9);
  });

  it('answers only from the organisation asked about, and leaves out excluded documents', () => {
    const index = build(docs);
    const orgOf = new Map(docs.map((d) => [d.id, d.orgId]));
    for (const q of queries.slice(0, 20)) {
      for (const org of ORGS) {
        const hits = index.query(q.vector, { orgId: org, k: 10 });
        expect(hits.length).toBe(10);
        expect(hits.every((h) => orgOf.get(h.id) === org)).toBe(true);
      }
      const first = index.query(q.vector, { orgId: q.of.orgId, k: 1 })[0]!.id;
      expect(
        index.query(q.vector, { orgId: q.of.orgId, k: 10, exclude: new Set([first]) }).map((h) => h.id),
      ).not.toContain(first);
    }
    expect(index.query(queries[0]!.vector, { orgId: 99, k: 10 })).toEqual([]);
  });

  it('follows removals and updates, in the packed segment and in the tail, with document frequencies kept exact', () => {
    const live = docs.slice(0, 1500).map((d) => ({ ...d }));
    const index = build(live);
    const check = () => {
      const stats = collectionStats(live);
      for (const q of queries.slice(0, 30)) {
        const exact = bruteForceTopK(live, q.vector, { orgId: q.of.orgId, k: 50 }, stats);
        const found = index.query(q.vector, { orgId: q.of.orgId, k: 10 });
        expect(recallAtK(found, exact, 10)).toBe(1);
        expect(found[0]!.score).toBeCloseTo(exact[0]!.score, 6);
      }
    };
    // Remove the best match of a query: it is gone, and the rest ranks as brute force says.
    const q = queries[0]!;
    const top = index.query(q.vector, { orgId: q.of.orgId, k: 1 })[0]!.id;
    expect(index.remove(top)).toBe(true);
    live.splice(
      live.findIndex((d) => d.id === top),
      1,
    );
    expect(index.query(q.vector, { orgId: q.of.orgId, k: 10 }).map((h) => h.id)).not.toContain(top);
    // Rewrite a document on a subject no other one touches: it now answers that subject's query.
    const target = live[10]!;
    const fisheries = termVector(`${UNRELATED.title}\n${UNRELATED.reasons}\n${UNRELATED.suggestions}`);
    const before = index.query(fisheries, { orgId: target.orgId, k: 1 })[0];
    expect(before?.id).not.toBe(target.id);
    target.vector = fisheries;
    index.upsert(target.id, target.orgId, fisheries);
    expect(index.query(fisheries, { orgId: target.orgId, k: 1 })[0]).toEqual({
      id: target.id,
      score: expect.closeTo(1, 6),
    });
    check();
    // Many new documents: the tail fills up and is folded into the segment.
    for (const d of docs.slice(1500, 2500)) {
      live.push({ ...d });
      index.upsert(d.id, d.orgId, d.vector);
    }
    for (const d of live.splice(100, 200)) index.remove(d.id);
    check();
    expect(index.size).toBe(live.length);
    // Rewriting many at once (as after a lexicon change): released in one pass, still exact.
    const rw = createRng(5);
    for (const d of live.slice(0, 800)) {
      d.vector = termVector(textOf(reword(texts.get(d.id)!, rw)));
      index.upsert(d.id, d.orgId, d.vector);
    }
    check();
  });

  it('stores vectors compactly: a few hundred bytes per document', () => {
    const index = build(docs);
    const m = index.memory();
    expect(m.docs).toBe(docs.length);
    expect(m.bytes / m.docs).toBeLessThan(1000);
  });
});

describe('chunked lists of the bulk load', () => {
  it('keep every entry across chunk boundaries', () => {
    const list = new ChunkedU32();
    for (let i = 0; i < 500_000; i++) list.push((i * 2654435761) >>> 0);
    expect(list.length).toBe(500_000);
    for (const i of [0, 65_535, 65_536, 196_607, 196_608, 499_999]) expect(list.get(i)).toBe((i * 2654435761) >>> 0);
  });
});

describe('term vectors', () => {
  const vec = (t: { title: string; reasons: string; suggestions: string }): TermVector =>
    termVector(`${t.title}\n${t.reasons}\n${t.suggestions}`);

  it('survive the stored form unchanged', () => {
    const v = vec(PROPOSAL_TEXTS[0]!);
    expect(decodeVector(encodeVector(v))).toEqual(v);
    expect(decodeVector('')).toEqual(new Map());
    expect(decodeVector(encodeVector(new Map([['10:30', 2]])))).toEqual(new Map([['10:30', 2]]));
    expect(decodeVector(storedVector(v))).toEqual(v);
    expect(storedVersion(storedVector(v))).toBe(VECTOR_VERSION);
    expect(storedVersion(encodeVector(v))).toBeNull();
  });

  it('fold the synonyms a second proposer uses', () => {
    const original = vec(PROPOSAL_TEXTS[0]!);
    const reworded = vec(REWORDED.elevator);
    for (const word of ['老旧小区', '加装', '电梯', '补贴', '审批', '简化', '老年人']) {
      expect(original.has(word)).toBe(true);
      expect(reworded.has(word)).toBe(true);
    }
    for (const word of ['老小区', '增设', '补助', '报批', '精简']) expect(reworded.has(word)).toBe(false);
    expect(vec(REWORDED.parking).has('停车难')).toBe(true);
  });
});

describe('a query with a held document (keepForward)', () => {
  it('finds what a query with its vector finds, in the segment and the tail, and nothing once it is removed', () => {
    const { docs } = corpus(600, 11);
    const index = build(docs.slice(0, 500), { keepForward: true, minBudget: 2000, budgetShare: 0.05, depth: 50 });
    for (const d of docs.slice(500)) index.upsert(d.id, d.orgId, d.vector);
    // An update: the held copy follows the new vector.
    index.upsert(7, docs[6]!.orgId, docs[300]!.vector);
    const vectorOf = (d: ScoredDoc) => (d.id === 7 ? docs[300]!.vector : d.vector);
    let compared = 0;
    for (const d of docs.filter((_, i) => i % 25 === 0 || i === 6)) {
      const opts = { orgId: d.orgId, k: 10, exclude: new Set([d.id]) };
      const held = index.queryHeld(d.id, opts);
      expect(held).toEqual(index.query(vectorOf(d), opts));
      expect(held!.length).toBeGreaterThan(0);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
    index.remove(docs[550]!.id);
    expect(index.queryHeld(docs[550]!.id, { orgId: docs[550]!.orgId, k: 10 })).toBeNull();
    expect(build(docs.slice(0, 10)).queryHeld(1, { orgId: docs[0]!.orgId, k: 10 })).toBeNull();
  });
});
