// Who may look for proposals similar to one: the office, at review. A draft's similar
// proposals are for anyone who may draft (core's "draft" ability).
import { office, type ProposalRule } from '../core/proposals.policy.js';

export const SIMILARITY_RULES = {
  // Not a step of the lifecycle: a read offered by the review page itself.
  reviewSimilar: { who: [office], when: [], offered: false },
} satisfies Record<string, ProposalRule>;
