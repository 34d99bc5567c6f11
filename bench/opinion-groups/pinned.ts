// The groupings pinned by pinned.test.ts, in pinned.json: a change made for speed (the index,
// caches, typed arrays) must leave every group as it was. Pinned: the labelled opinions' two
// parts and the whole set, each grouped from scratch as the quality bench (s) groups them, and
// 6 000 generated opinions over three shards (enough for the index to build its segments and
// cut its posting budgets), the last 1 000 added one at a time. Each grouping lists each opinion's group as the position of the
// group's first member, in input order.
//
// Rewrite pinned.json only when a change is meant to move the groups (a new model, new
// features), and say so in the commit:
//   node --import tsx bench/opinion-groups/pinned.ts --write
import { writeFileSync } from 'node:fs';
import { groupAll, OpinionGrouper, type OpinionText } from '../../server/platform/search/opinion-grouping.js';
import { labelledOpinions, splitOf } from '../../server/platform/search/opinion-labelled.js';
import { scaleOpinions } from './scale-texts.js';

export const PINNED_FILE = new URL('./pinned.json', import.meta.url);
export const SCALE_PINNED = 6000;

/** `added` of the texts (the last ones) go in one at a time, through the index's unsorted tail. */
function grouping(texts: readonly OpinionText[], shardOf: (i: number) => number, added = 0): number[] {
  const grouper = new OpinionGrouper();
  const loaded = texts.length - added;
  grouper.load(texts.slice(0, loaded).map((text, i) => ({ id: i + 1, shard: shardOf(i), text })));
  for (let i = loaded; i < texts.length; i++) grouper.add(i + 1, shardOf(i), texts[i]!);
  const found = groupAll(
    grouper,
    texts.map((_, i) => i + 1),
  );
  return texts.map((_, i) => found.get(i + 1)! - 1);
}

export function labelledGroupings(): Record<'fit' | 'measure' | 'all', number[]> {
  const file = labelledOpinions();
  const split = splitOf(file);
  const textsOf = (keep: (id: string) => boolean) =>
    file.opinions.filter((o) => keep(o.id)).map((o) => ({ title: o.title, body: o.body }));
  return {
    fit: grouping(
      textsOf((id) => split.get(id) === 'fit'),
      () => 1,
    ),
    measure: grouping(
      textsOf((id) => split.get(id) === 'measure'),
      () => 1,
    ),
    all: grouping(
      textsOf(() => true),
      () => 1,
    ),
  };
}

export function scaleGrouping(): number[] {
  return grouping(scaleOpinions(SCALE_PINNED), (i) => 1 + (i % 3), 1000);
}

if (process.argv[1]?.endsWith('pinned.ts') && process.argv.includes('--write')) {
  writeFileSync(PINNED_FILE, `${JSON.stringify({ ...labelledGroupings(), scale: scaleGrouping() })}\n`);
  console.log(`written: ${PINNED_FILE.pathname}`);
}
