// Indexes the province benchmark showed were missing (bench/README.md): the office's list
// filtered by term, state and category in submission order (its total counted from the
// index alone), the sort by last change, and covering indexes for the statistics, which
// aggregate an organisation's proposals, assignments, formal replies and ratings without
// reading the table rows (a proposal row carries its whole text). And the full-text index
// is scoped to each proposal's organisation (platform/search/fulltext.ts), so a search reads
// only its organisation's entries: existing documents are indexed again.
import { type Kysely, sql } from 'kysely';
import { engineOf } from './schema-helpers.js';
import { documentTokens, SCOPE_MARK } from './202611292300_search_tokens.js';

export async function up(db: Kysely<any>): Promise<void> {
  const index = (name: string, table: string, columns: string[]) =>
    db.schema.createIndex(name).on(table).columns(columns).execute();
  if (engineOf(db) === 'postgres') {
    // Lists come newest first (submitted_at desc nulls last, id desc). SQLite walks an ascending
    // index backwards in exactly that order (NULL sorts lowest, the rowid closes each entry);
    // PostgreSQL needs the order spelled out, or it sorts every match to find twenty.
    await sql`create index proposals_org_term_state_category on proposals
      (org_id, term_id, state, category, submitted_at desc nulls last, id desc)`.execute(db);
    await sql`create index proposals_org_newest on proposals (org_id, submitted_at desc nulls last, id desc)`.execute(
      db,
    );
  } else {
    await index('proposals_org_term_state_category', 'proposals', [
      'org_id',
      'term_id',
      'state',
      'category',
      'submitted_at',
    ]);
  }
  await index('proposals_org_updated', 'proposals', ['org_id', 'updated_at']);
  await index('proposals_org_shape', 'proposals', [
    'org_id',
    'state',
    'kind',
    'category',
    'result_class',
    'lead_sector_id',
    'lead_committee_id',
    'term_id',
    'session_id',
    'reply_deadline',
    'themes',
  ]);
  // Supersedes proposal_assignments_proposal (proposal_id, status): same leading columns, and covering.
  await index('proposal_assignments_proposal_cover', 'proposal_assignments', [
    'proposal_id',
    'status',
    'unit_id',
    'role',
    'reply_deadline',
  ]);
  await db.schema.dropIndex('proposal_assignments_proposal').execute();
  await index('proposal_replies_assignment', 'proposal_replies', [
    'assignment_id',
    'kind',
    'status',
    'created_at',
    'proposal_id',
  ]);
  await index('proposal_feedback_ratings', 'proposal_feedback', ['proposal_id', 'round', 'attitude', 'result']);
  await scopeSearchIndex(db);
}

/** Every indexed proposal's words, scoped to its organisation. */
async function scopeSearchIndex(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`update proposal_search s
      set tsv = (select array_to_tsvector(coalesce(array_agg(u.lexeme || ${SCOPE_MARK}::text || p.org_id::text), '{}')) from unnest(s.tsv) u)
      from proposals p where p.id = s.proposal_id`.execute(db);
    return;
  }
  // FTS5 without content keeps no text to add to: index the proposals again, as the app does
  // (title, reasons, suggestions and formal replies in force), with the scope.
  await sql`insert into proposal_fts (proposal_fts) values ('delete-all')`.execute(db);
  for (let after = 0; ;) {
    const rows: { id: number; org_id: number; title: string; reasons: string; suggestions: string }[] = await db
      .selectFrom('proposals')
      .select(['id', 'org_id', 'title', 'reasons', 'suggestions'])
      .where('state', '!=', 'draft')
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (!rows.length) break;
    const replies: { proposal_id: number; body: string }[] = await db
      .selectFrom('proposal_replies')
      .select(['proposal_id', 'body'])
      .where(
        'proposal_id',
        'in',
        rows.map((r) => r.id),
      )
      .where('kind', '=', 'reply')
      .where('status', '=', 'submitted')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const text = [
        `${r.title}\n${r.reasons}\n${r.suggestions}`,
        ...replies.filter((x) => x.proposal_id === r.id).map((x) => x.body),
      ].join('\n');
      await sql`insert into proposal_fts (rowid, tokens) values (${r.id}, ${documentTokens(text, r.org_id).join(' ')})`.execute(
        db,
      );
    }
    after = rows[rows.length - 1]!.id;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('proposal_assignments_proposal')
    .on('proposal_assignments')
    .columns(['proposal_id', 'status'])
    .execute();
  if (engineOf(db) === 'postgres') await db.schema.dropIndex('proposals_org_newest').execute();
  for (const name of [
    'proposal_feedback_ratings',
    'proposal_replies_assignment',
    'proposal_assignments_proposal_cover',
    'proposals_org_shape',
    'proposals_org_updated',
    'proposals_org_term_state_category',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
