// What other modules do when review converts a proposal into a 社情民意 report: the opinions
// module registers a handler (it may import this module, never the reverse), and the convert
// step calls each handler inside its transaction, so the report and the conversion commit or
// roll back together. Handlers are kept per platform (one app), not in a module-wide list, so
// test apps built side by side do not see each other's.
import type { Db } from '../../../db/tx.js';

export interface ConvertedProposal {
  orgId: number;
  proposalId: number;
  title: string;
  /** The proposal's text: its reasons, then its suggestions. */
  body: string;
  /** The proposers who signed it, lead first (empty for a collective proposal without members). */
  memberIds: number[];
  /** The reviewer who converted it. */
  byUserId: number;
}
export type ProposalConvertedHandler = (trx: Db, p: ConvertedProposal) => Promise<void>;

const handlers = new WeakMap<object, ProposalConvertedHandler[]>();

/** The handlers of one platform (the same array every time: the convert step reads it when it runs). */
export function convertedHandlersOf(platform: object): ProposalConvertedHandler[] {
  let list = handlers.get(platform);
  if (!list) handlers.set(platform, (list = []));
  return list;
}

/** Registers what to do when a proposal of this platform's app is converted. */
export function onProposalConverted(platform: object, handler: ProposalConvertedHandler): void {
  convertedHandlersOf(platform).push(handler);
}
