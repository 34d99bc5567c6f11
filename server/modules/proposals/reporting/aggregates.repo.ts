// SQL fragments shared by the statistics and evaluation repos, written once for both engines.
import { sql, type RawBuilder } from 'kysely';

/** The UTC instant at which a China-time deadline date (inclusive) has passed, as SQL-comparable text suffix. */
export const DEADLINE_END_SUFFIX = 'T16:00:00.000Z';

/** How many rows of the group meet the condition. */
export const countWhen = (cond: RawBuilder<unknown>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`;

/**
 * The assignment `a` has a formal reply in force (not sent back); with `onTime`, one made
 * before the end of the reply deadline's day in China time. Uses the replies' proposal index.
 */
export const formalReplyExists = (onTime: boolean) => sql<boolean>`exists (select 1 from proposal_replies r
  where r.proposal_id = a.proposal_id and r.assignment_id = a.id and r.kind = 'reply' and r.status = 'submitted'
  ${onTime ? sql`and r.created_at < (a.reply_deadline || ${DEADLINE_END_SUFFIX})` : sql``})`;

/** A formal (lead or split) assignment the unit did not decline: it owes a formal reply. */
export const owesFormalReply = sql<boolean>`a.role in ('lead', 'split') and a.status <> 'declined'`;

/** The feedback row `f` is the proposer's latest rating of its proposal. */
export const latestFeedback = sql<boolean>`not exists (select 1 from proposal_feedback later
  where later.proposal_id = f.proposal_id and later.round > f.round)`;
