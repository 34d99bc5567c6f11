// What a deployment's data must satisfy after a crash, a restore or a load run: every
// proposal's state is backed by the rows and the audit entries its transitions write (an
// accepted proposal has a number and an accept entry, an assigned one its assignment, and so
// on: a transition is all there or not there), numbers are unique, the audit chain verifies,
// and on SQLite the file passes integrity and foreign-key checks.
import { sql } from 'kysely';
import type { Config } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import type { Db } from '../../server/db/tx.js';
import { createAuditLog } from '../../server/platform/audit/audit-log.js';
import { systemClock } from '../../server/platform/clock.js';

/** For each state, the audit actions and the facts a proposal in it must have. */
const AFTER: Record<string, string[]> = {
  submitted: ['proposal.submit'],
  accepted: ['proposal.submit', 'proposal.accept'],
  assigned: ['proposal.submit', 'proposal.accept', 'proposal.assign'],
  handling: ['proposal.submit', 'proposal.accept', 'proposal.assign', 'proposal.sign'],
  replied: ['proposal.submit', 'proposal.accept', 'proposal.assign', 'proposal.sign', 'proposal.reply'],
};

export interface ProposalFacts {
  id: number;
  state: string;
  title: string;
  number: number | null;
  number_label: string | null;
}

export async function proposalStates(db: Db): Promise<Map<number, ProposalFacts>> {
  const rows = await db.selectFrom('proposals').select(['id', 'state', 'title', 'number', 'number_label']).execute();
  return new Map(rows.map((r) => [r.id, r as ProposalFacts]));
}

/** Every broken invariant, as readable lines; empty when the data is consistent. */
export async function consistencyProblems(db: Db, engine: 'sqlite' | 'postgres'): Promise<string[]> {
  const problems: string[] = [];
  const proposals = await db
    .selectFrom('proposals')
    .select(['id', 'state', 'number', 'number_label', 'org_id', 'term_id', 'session_id'])
    .execute();
  const audit = await db
    .selectFrom('audit_log')
    .select(['action', 'object_id'])
    .where('object_type', '=', 'proposal')
    .execute();
  const actions = new Map<string, Set<string>>();
  for (const a of audit) {
    const set = actions.get(a.object_id ?? '') ?? new Set<string>();
    set.add(a.action);
    actions.set(a.object_id ?? '', set);
  }
  const live = await db
    .selectFrom('proposal_assignments')
    .select(['proposal_id', 'status'])
    .where('status', '!=', 'cancelled')
    .execute();
  const replies = await db.selectFrom('proposal_replies').select('proposal_id').where('kind', '=', 'reply').execute();
  const replied = new Set(replies.map((r) => r.proposal_id));
  const numbers = new Map<string, number>();
  for (const p of proposals) {
    const done = actions.get(String(p.id)) ?? new Set();
    if (!done.has('proposal.create')) problems.push(`proposal ${p.id} has no creation audit entry`);
    for (const action of AFTER[p.state] ?? [])
      if (!done.has(action)) problems.push(`proposal ${p.id} is ${p.state} without a ${action} audit entry`);
    const numbered = ['accepted', 'assigned', 'handling', 'replied', 'closed'].includes(p.state);
    if (numbered && (p.number === null || !p.number_label))
      problems.push(`proposal ${p.id} is ${p.state} without a number`);
    if (p.number !== null) {
      const key = `${p.org_id}/${p.term_id}/${p.session_id ?? 'interim'}/${p.number}`;
      if (numbers.has(key)) problems.push(`proposals ${numbers.get(key)} and ${p.id} share number ${p.number_label}`);
      numbers.set(key, p.id);
    }
    const mine = live.filter((a) => a.proposal_id === p.id);
    if (['assigned', 'handling', 'replied'].includes(p.state) && !mine.length)
      problems.push(`proposal ${p.id} is ${p.state} without an assignment`);
    if (
      ['handling', 'replied'].includes(p.state) &&
      !mine.some((a) => a.status === 'signed' || a.status === 'replied')
    ) {
      problems.push(`proposal ${p.id} is ${p.state} but no unit signed for it`);
    }
    if (p.state === 'replied' && !replied.has(p.id)) problems.push(`proposal ${p.id} is replied without a reply`);
  }
  const report = await createAuditLog({ db, clock: systemClock }).verify();
  if (!report.ok) problems.push(`audit chain broken: ${JSON.stringify(report.problems.slice(0, 5))}`);
  if (engine === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    if (integrity.rows.map((r) => r.integrity_check).join() !== 'ok')
      problems.push(`integrity_check: ${JSON.stringify(integrity.rows)}`);
    const fk = await sql`pragma foreign_key_check`.execute(db);
    if (fk.rows.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.rows.slice(0, 5))}`);
  }
  return problems;
}

/** Opens the deployment's database (the server stopped or running), runs `fn`, closes it. */
export async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = openDatabase(config);
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
