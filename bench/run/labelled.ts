// Case (h): the likely-duplicate verdict on the hand-labelled set (bench/similarity-labelled),
// its 86 originals hidden among the dataset's proposals. The originals are submitted through
// the API by the bench's members (in the organisation's own words, as the generator writes
// the dataset), then every query of the measure part is looked up once through
// POST /api/proposals/similar: recall@1 and @10 of the duplicates' originals, F1 of the
// `duplicate` verdict (no threshold chosen here: the committed model's), same-subject and
// unrelated queries marked duplicate, and the misses by name. The case's load run (p99)
// then sends the same queries from 16 connections.
import { localise, planOrgs } from '../generate/places.js';
import { SCALES, type ScaleName } from '../generate/scale.js';
import { ORIGINALS, queriesOf, type LabelledText, type Query } from '../similarity-labelled/index.js';
import { postJson, type Session } from './http.js';

type Texts = Pick<LabelledText, 'title' | 'reasons' | 'suggestions'>;

export interface LabelledResult {
  originals: number;
  duplicates: number;
  related: number;
  unrelated: number;
  recallAt1: number;
  recallAt10: number;
  /** Pairs marked duplicate: the duplicate query's own original (tp) or anything else (fp). */
  tp: number;
  fp: number;
  /** Duplicate queries whose original was not marked duplicate. */
  fn: number;
  f1: number;
  relatedMarkedDuplicate: number;
  unrelatedMarkedDuplicate: number;
  misses: string[];
}

/** The texts in the words of the dataset's top organisation (我省, 岚川…), as scores.ts measures them. */
export function localiser(scale: ScaleName): (t: Texts) => Texts {
  const org = planOrgs(SCALES[scale])[0]!;
  return (t) => ({
    title: localise(org, t.title),
    reasons: localise(org, t.reasons),
    suggestions: localise(org, t.suggestions),
  });
}

export function measureQueries(scale: ScaleName): (Texts & { query: Query })[] {
  const local = localiser(scale);
  return queriesOf('measure').map((query) => ({ ...local(query), query }));
}

/** Submits the originals, one member after another; returns the proposal id of each original. */
export async function plantOriginals(
  members: Session[],
  scale: ScaleName,
  category: string,
): Promise<Map<string, number>> {
  const local = localiser(scale);
  const ids = new Map<string, number>();
  for (const [i, o] of ORIGINALS.entries()) {
    const p = await postJson<{ id: number }>(
      members[i % members.length]!,
      '/api/proposals',
      { ...local(o), category, kind: 'individual', submit: true },
      201,
    );
    ids.set(o.id, p.id);
  }
  return ids;
}

/**
 * The look-ups follow a long pause (the recall reference of case e): a keep-alive connection
 * the server closed meanwhile fails at once ("fetch failed"); a read is simply sent again.
 */
async function lookUp<T>(session: Session, body: Texts): Promise<T> {
  try {
    return await postJson<T>(session, '/api/proposals/similar', body);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return postJson<T>(session, '/api/proposals/similar', body);
  }
}

interface Item {
  id: number;
  verdict: 'duplicate' | 'related' | null;
}

export async function measureLabelled(
  session: Session,
  scale: ScaleName,
  idOf: Map<string, number>,
): Promise<LabelledResult> {
  const queries = measureQueries(scale);
  const nameOf = new Map([...idOf].map(([name, id]) => [id, name]));
  let at1 = 0,
    at10 = 0,
    tp = 0,
    fp = 0,
    fn = 0,
    related = 0,
    unrelated = 0;
  const misses: string[] = [];
  for (const q of queries) {
    const { items } = await lookUp<{ items: Item[] }>(session, {
      title: q.title,
      reasons: q.reasons,
      suggestions: q.suggestions,
    });
    const own = q.query.of === null ? -1 : idOf.get(q.query.of)!;
    const flagged = items.filter((x) => x.verdict === 'duplicate');
    const wrong = flagged.filter((x) => !(q.query.label === 'duplicate' && x.id === own));
    fp += wrong.length;
    for (const x of wrong)
      misses.push(`${q.query.id} (${q.query.label}) marked duplicate of ${nameOf.get(x.id) ?? `generated #${x.id}`}`);
    if (q.query.label === 'duplicate') {
      const rank = items.findIndex((x) => x.id === own) + 1;
      if (rank === 1) at1++;
      if (rank > 0) at10++;
      else misses.push(`${q.query.id}: its original is not in the top 10`);
      if (flagged.some((x) => x.id === own)) tp++;
      else {
        fn++;
        misses.push(`${q.query.id}: original at rank ${rank || '>10'} not marked duplicate (${q.query.note})`);
      }
    }
    if (flagged.length && q.query.label === 'related') related++;
    if (flagged.length && q.query.label === 'unrelated') unrelated++;
  }
  const count = (label: Query['label']) => queries.filter((q) => q.query.label === label).length;
  const duplicates = count('duplicate');
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    originals: idOf.size,
    duplicates,
    related: count('related'),
    unrelated: count('unrelated'),
    recallAt1: r4(at1 / duplicates),
    recallAt10: r4(at10 / duplicates),
    tp,
    fp,
    fn,
    f1: r4((2 * tp) / Math.max(1, 2 * tp + fp + fn)),
    relatedMarkedDuplicate: related,
    unrelatedMarkedDuplicate: unrelated,
    misses,
  };
}
