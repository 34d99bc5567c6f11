// The home page's figures: each role's own queue, counted (the lists behind them are the
// boards, the inbox and the key board; the web app links each figure to its filtered list).
import { z } from 'zod';
import { PROPOSAL_STATES } from '../core/lifecycle.model.js';

const count = z.number().int().min(0);

export const officeFigures = z.object({
  /** Submitted, awaiting the office's review (立案审查). */
  toReview: count,
  /** Accepted, awaiting assignment to units (new, or given back by the lead unit). */
  toAssign: count,
  /** Assignments still unsigned after their sign-for deadline. */
  signOverdue: count,
  /** Assignments past their reply deadline without a reply. */
  replyOverdue: count,
  /** Answered, awaiting the proposer's rating and closure. */
  toClose: count,
  /** Commitments in replies not done by their due date. */
  commitmentsOverdue: count,
});

export const unitFigures = z.object({
  toSign: count,
  /** Signed, still to be answered. */
  toReply: count,
  /** Past the sign-for or the reply deadline. */
  overdue: count,
  /** Open assignments the office has urged. */
  urged: count,
});

export const ledProposal = z.object({
  id: z.number(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  state: z.enum(PROPOSAL_STATES),
  overdue: z.boolean(),
  instructions: count,
});

export const leaderFigures = z.object({
  /** Key proposals this leader leads, and how far they are. */
  led: count,
  inHandling: count,
  answered: count,
  overdue: count,
  /** Led and still open, with no instruction recorded yet. */
  awaitingInstruction: count,
  /** The committee's leadership only: nominations awaiting the chair's meeting (null for others). */
  toDecide: count.nullable(),
  /** The most recently led, for the home page's progress list. */
  recent: z.array(ledProposal),
});

export const homeFigures = z.object({
  office: officeFigures.nullable(),
  unit: unitFigures.nullable(),
  leader: leaderFigures.nullable(),
});
export type HomeFigures = z.infer<typeof homeFigures>;
export type LedProposal = z.infer<typeof ledProposal>;
