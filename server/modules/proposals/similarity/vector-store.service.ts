// This app instance's similarity index, kept in step with proposal_vectors. The vectors are
// written by the indexer hook inside the transaction that changes a proposal's text, so a
// rolled-back change reaches no index. The index loads on first use (or from the start-up
// task) and then follows the table: the vectors this instance wrote are read back by id on
// the next query (read-your-writes), and every few seconds the rows changed since the last
// look are read by updated_at, from a little earlier than the newest one seen, so a
// transaction that commits late or an instance whose clock lags is not missed. A stored
// vector names the lexicon it was cut with; after a lexicon change the old ones are used
// as they are until the recurring task has recomputed them from the proposals' text.
import { inTransaction, type Db } from '../../../db/tx.js';
import { SimilarityIndex } from '../../../platform/search/similarity-index.js';
import {
  decodeVector,
  storedVector,
  storedVersion,
  termVector,
  VECTOR_VERSION,
} from '../../../platform/search/similarity-scoring.js';
import { proposalText } from '../core/search.service.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import type { SimilarityRepo, VectorRow } from './similarity.repo.js';

const PAGE = 2000;
export const POLL_MS = 2000;
const OVERLAP_MS = 30_000;
/** A vector written here and still unreadable after this long belonged to a rolled-back transaction. */
const PENDING_TTL_MS = 60_000;

export interface SimilarityStore {
  /** The index, loaded and up to date with what this instance wrote and what others wrote a moment ago. */
  ready(): Promise<SimilarityIndex>;
  /** The indexer hook: stores the proposal's vector in the caller's transaction. */
  write(db: Db, p: ProposalRow): Promise<void>;
  /**
   * Stores vectors for proposals that have none (loaded by other means) and recomputes those
   * cut with an older lexicon, at most `limit` of each; returns how many were written.
   */
  backfill(limit: number): Promise<number>;
}

/** The stored form of a proposal's vector (proposal_vectors.terms), naming the lexicon version. */
export function vectorText(p: Pick<ProposalRow, 'title' | 'reasons' | 'suggestions'>): string {
  return storedVector(termVector(proposalText(p)));
}

/** A vector naming no version (written by another tool, e.g. the benchmark's data generator) is taken as current. */
function isCurrent(stored: string): boolean {
  const version = storedVersion(stored);
  return version === null || version === VECTOR_VERSION;
}

export function createSimilarityStore(deps: { db: Db; simRepo: SimilarityRepo }): SimilarityStore {
  const { db, simRepo } = deps;
  let index: SimilarityIndex | null = null;
  let loading: Promise<SimilarityIndex> | null = null;
  let syncing: Promise<void> | null = null;
  /** The newest updated_at seen. Replication stamps are wall-clock time, not the domain clock. */
  let watermark = '';
  let lastPoll = 0;
  let checkedUpTo = 0;
  /** Rows applied within the overlap window, so a re-read row is not applied twice. */
  const applied = new Map<number, string>();
  /** Vectors written by this instance and not yet read back. */
  const pending = new Map<number, { stamp: string; at: number }>();
  /** Vectors cut with another lexicon, to recompute. */
  const outdated = new Set<number>();
  const shifted = (stamp: string, ms: number) => new Date(Date.parse(stamp) + ms).toISOString();

  function apply(idx: SimilarityIndex, row: VectorRow): void {
    idx.upsert(row.proposal_id, row.org_id, decodeVector(row.terms));
    if (isCurrent(row.terms)) outdated.delete(row.proposal_id);
    else outdated.add(row.proposal_id);
    applied.set(row.proposal_id, row.updated_at);
    if (row.updated_at > watermark) watermark = row.updated_at;
  }

  async function load(): Promise<SimilarityIndex> {
    const idx = new SimilarityIndex();
    const bulk = idx.bulk();
    const recent = new Date(Date.now() - OVERLAP_MS).toISOString();
    for (let after = 0; ;) {
      const rows = await simRepo.vectorPage(db, after, PAGE);
      for (const r of rows) {
        bulk.addStored(r.proposal_id, r.org_id, r.terms);
        if (!isCurrent(r.terms)) outdated.add(r.proposal_id);
        if (r.updated_at >= recent) applied.set(r.proposal_id, r.updated_at);
        if (r.updated_at > watermark) watermark = r.updated_at;
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.proposal_id;
    }
    bulk.finish();
    return idx;
  }

  async function readBack(idx: SimilarityIndex): Promise<void> {
    const ids = [...pending.keys()];
    const rows = new Map<number, VectorRow>();
    for (let i = 0; i < ids.length; i += 500)
      for (const r of await simRepo.vectors(db, ids.slice(i, i + 500))) rows.set(r.proposal_id, r);
    for (const id of ids) {
      const mine = pending.get(id)!;
      const row = rows.get(id);
      if (row && row.updated_at >= mine.stamp) {
        if (applied.get(id) !== row.updated_at) apply(idx, row);
        pending.delete(id);
      } else if (Date.now() - mine.at > PENDING_TTL_MS) {
        pending.delete(id);
      }
    }
  }

  async function poll(idx: SimilarityIndex): Promise<void> {
    if (pending.size) await readBack(idx);
    if (Date.now() - lastPoll < POLL_MS) return;
    lastPoll = Date.now();
    let cursor = watermark ? shifted(watermark, -OVERLAP_MS) : '';
    for (;;) {
      const changed = await simRepo.changedSince(db, cursor, PAGE);
      const stale = changed.filter((c) => applied.get(c.proposal_id) !== c.updated_at).map((c) => c.proposal_id);
      for (let i = 0; i < stale.length; i += 500) {
        for (const row of await simRepo.vectors(db, stale.slice(i, i + 500))) apply(idx, row);
      }
      const last = changed[changed.length - 1]?.updated_at;
      // A full page moves the cursor on; a full page of one instant waits for the next poll.
      if (changed.length < PAGE || !last || last === cursor) break;
      cursor = last;
    }
    const floor = watermark ? shifted(watermark, -OVERLAP_MS) : '';
    for (const [id, stamp] of applied) if (stamp < floor) applied.delete(id);
  }

  return {
    async ready() {
      if (!index) {
        loading ??= load()
          .then((idx) => (index = idx))
          .finally(() => {
            loading = null;
          });
        await loading;
      }
      const idx = index!;
      const due = () => pending.size > 0 || Date.now() - lastPoll >= POLL_MS;
      // One poll at a time; a caller that waited re-checks, so its own writes are read back.
      while (due()) {
        if (syncing) {
          await syncing;
          continue;
        }
        syncing = poll(idx).finally(() => {
          syncing = null;
        });
        await syncing;
        break;
      }
      return idx;
    },

    async write(trx, p) {
      if (p.state === 'draft') return;
      const terms = vectorText(p);
      const stamp = new Date().toISOString();
      if (await simRepo.writeVectorIfChanged(trx, { proposal_id: p.id, org_id: p.org_id, terms, updated_at: stamp }))
        pending.set(p.id, { stamp, at: Date.now() });
    },

    async backfill(limit) {
      let done = 0;
      // Vectors of an older lexicon: recomputed in place (a new stamp; every instance follows).
      for (const ids = [...outdated].slice(0, limit); ids.length;) {
        const batch = ids.splice(0, 500);
        const stamp = new Date().toISOString();
        const texts = await simRepo.texts(db, batch);
        // One commit for the batch (on SQLite every commit waits for the disk).
        await inTransaction(db, async (trx) => {
          for (const p of texts)
            await simRepo.upsertVector(trx, {
              proposal_id: p.id,
              org_id: p.org_id,
              terms: vectorText(p),
              updated_at: stamp,
            });
        });
        for (const p of texts) pending.set(p.id, { stamp, at: Date.now() });
        done += texts.length;
        for (const id of batch) outdated.delete(id);
      }
      while (done < limit) {
        const rows = await simRepo.withoutVector(db, checkedUpTo, 500);
        if (!rows.length) {
          // Everything up to here has a vector; later submissions get theirs from the hook.
          checkedUpTo = Math.max(checkedUpTo, await simRepo.maxProposalId(db));
          break;
        }
        const stamp = new Date().toISOString();
        await simRepo.insertVectors(
          db,
          rows.map((r) => ({ proposal_id: r.id, org_id: r.org_id, terms: vectorText(r), updated_at: stamp })),
        );
        for (const r of rows) pending.set(r.id, { stamp, at: Date.now() });
        done += rows.length;
        checkedUpTo = rows[rows.length - 1]!.id;
      }
      return done;
    },
  };
}
