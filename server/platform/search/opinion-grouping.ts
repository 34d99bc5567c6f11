// Near-duplicate groups of short opinions (意见建议): opinions that ask for the same concrete
// thing in other words. The similarity index gives each new opinion its few most similar
// opinions of the same shard (a campaign's organisation); each pair is described by the
// likely-duplicate features of duplicate-features.ts (the asks, their words and character
// pairs, the title, the whole-text cosine) plus one feature of short texts, the cosine of their
// characters (a two-line opinion shares few whole words with its paraphrase, but many
// characters); a model fitted on the hand-labelled opinions (opinion-model.ts) turns them into
// a probability. A new opinion joins the candidate group whose members it matches best on
// average (average linkage: one close member does not pull in an opinion the rest of the group
// disagrees with), if that average reaches the threshold. Grouping from scratch is the same
// step in arrival order, so the incremental result and a regroup agree.
import { OpinionGrouper, type GroupView } from './opinion-grouper.js';

// The public face of the grouping: the grouper and its types, the opinion's text form, and
// groupAll below (callers import all of it from here).
export {
  CANDIDATES,
  INDEX_OPTIONS,
  MEMBERS_COMPARED,
  OPINION_FEATURES,
  OpinionGrouper,
  type GroupView,
  type Placement,
} from './opinion-grouper.js';
export { opinionStructured, opinionVector, type OpinionText } from './opinion-text.js';

/** What a from-scratch grouping is told by the office. */
export interface GroupingConstraints {
  /** Opinions the office took out of a group: they stay alone until the office places them. */
  keepAlone?: ReadonlySet<number>;
}

/**
 * Groups held opinions from scratch, in the order given (arrival order): each is placed among
 * the groups of those before it. Returns each opinion's group as the id of the group's first
 * member; an opinion alone maps to itself.
 */
export function groupAll(
  grouper: OpinionGrouper,
  ids: readonly number[],
  constraints: GroupingConstraints = {},
): Map<number, number> {
  const groupOf = new Map<number, number>();
  const members = new Map<number, number[]>();
  const position = new Map<number, number>();
  ids.forEach((id, i) => position.set(id, i));
  const view: GroupView = {
    groupOf: (id) => {
      const g = groupOf.get(id);
      return g !== undefined && members.has(g) ? g : null;
    },
    membersOf: (g) => members.get(g) ?? [],
    barred: (id) => constraints.keepAlone?.has(id) ?? false,
  };
  for (const [i, id] of ids.entries()) {
    const placed = grouper.place(id, view, (other) => (position.get(other) ?? Infinity) < i);
    let group = id;
    if (placed.group !== null) group = placed.group;
    else if (placed.pairWith !== null) {
      group = placed.pairWith;
      members.set(group, [placed.pairWith]);
    }
    groupOf.set(id, group);
    if (group !== id || members.has(group)) members.get(group)!.push(id);
  }
  return groupOf;
}
