// After `lvzhi restore` the search index is empty (SQLite's FTS table cannot be backed up,
// PostgreSQL's has no SQLite twin): rebuild it, and every other content hook, from the rows.
import { sql } from 'kysely';
import { engineOf } from '../../../db/dialect.js';
import { inTransaction, type Db } from '../../../db/tx.js';
import { registerRebuild } from '../../../platform/backup/rebuild.js';
import type { ProposalIndexer } from './search.service.js';

const BATCH = 500;

export function registerSearchRebuild(indexer: ProposalIndexer): void {
  registerRebuild('proposals.search', async (db: Db) => {
    if (engineOf(db) === 'sqlite') await sql`delete from proposal_fts`.execute(db);
    else await sql`delete from proposal_search`.execute(db);
    let lastId = 0;
    let count = 0;
    for (;;) {
      const rows = await db
        .selectFrom('proposals')
        .selectAll()
        .where('id', '>', lastId)
        .where('state', '!=', 'draft')
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (!rows.length) return count;
      await inTransaction(db, async (trx) => {
        for (const p of rows) await indexer.index(trx, p);
      });
      count += rows.length;
      lastId = rows[rows.length - 1]!.id;
    }
  });
}
