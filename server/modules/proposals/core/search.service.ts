// Keeps a proposal findable: the full-text index (title, reasons, suggestions and the
// replies it has received) and the normalised-text hash used to spot exact duplicates.
// Called inside the transaction of every step that changes that text.
import type { Db } from '../../../db/tx.js';
import { indexDocument, type FullTextIndex } from '../../../platform/search/fulltext.js';
import { contentHash } from '../../../platform/search/tokenizer.js';
import type { ProposalRow } from './proposals.repo.js';

export const PROPOSAL_FTS: FullTextIndex = {
  sqliteTable: 'proposal_fts',
  pgTable: 'proposal_search',
  idColumn: 'proposal_id',
};

/** The text that identifies a proposal's subject. */
export function proposalText(p: Pick<ProposalRow, 'title' | 'reasons' | 'suggestions'>): string {
  return `${p.title}\n${p.reasons}\n${p.suggestions}`;
}

/** The normalised-text hash of a proposal's subject (exact duplicates share it). */
export function proposalContentHash(p: Pick<ProposalRow, 'title' | 'reasons' | 'suggestions'>): string {
  return contentHash(proposalText(p));
}

export type ContentHook = (db: Db, p: ProposalRow) => Promise<void>;

export interface ProposalIndexer {
  /**
   * `fresh`: the proposal was inserted in this very transaction, so it has no replies yet and
   * there is nothing of them to read (a round trip fewer when written and submitted at once).
   */
  index(db: Db, p: ProposalRow, opts?: { fresh?: boolean }): Promise<void>;
  /** Other parts of the module (similar-proposal vectors) add their own step. */
  onContent(hook: ContentHook): void;
}

export function createProposalIndexer(): ProposalIndexer {
  const hooks: ContentHook[] = [];
  return {
    async index(db, p, opts = {}) {
      const replies = opts.fresh
        ? []
        : await db
            .selectFrom('proposal_replies')
            .select('body')
            .where('proposal_id', '=', p.id)
            .where('kind', '=', 'reply')
            .where('status', '=', 'submitted')
            .execute();
      // Scoped to the organisation: its office's searches are answered by the index alone.
      await indexDocument(
        db,
        PROPOSAL_FTS,
        p.id,
        [proposalText(p), ...replies.map((r) => r.body)].join('\n'),
        p.org_id,
      );
      const hash = proposalContentHash(p);
      // A step that changes the row may have written the hash with it already.
      if (p.content_hash !== hash)
        await db.updateTable('proposals').set({ content_hash: hash }).where('id', '=', p.id).execute();
      for (const hook of hooks) await hook(db, p);
    },
    onContent(hook) {
      hooks.push(hook);
    },
  };
}
