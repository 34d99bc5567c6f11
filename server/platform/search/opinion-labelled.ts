// The hand-labelled opinions (testdata/opinion-groups.labelled.json, see testdata/README.md)
// and how a grouping is measured against them: the adjusted Rand index of the groups found,
// and how many same-subject, different-ask opinions were put into a group.
import { readFileSync } from 'node:fs';
import { adjustedRandIndex } from './grouping-metrics.js';
import { groupAll, OpinionGrouper } from './opinion-grouping.js';
import type { DuplicateModel } from './duplicate-verdict.js';

export type Split = 'fit' | 'measure';

export interface LabelledOpinion {
  id: string;
  title: string;
  body: string;
  /** The group's key, or absent for a singleton. */
  group?: string;
  /** A singleton on this group's subject (place or service) asking for another remedy. */
  sameSubjectAs?: string;
}

export interface LabelledGroup {
  key: string;
  subject: string;
  ask: string;
  split: Split;
}

interface LabelledFile {
  groups: LabelledGroup[];
  opinions: LabelledOpinion[];
}

const FILE = new URL('./testdata/opinion-groups.labelled.json', import.meta.url);

export function labelledOpinions(): LabelledFile {
  return JSON.parse(readFileSync(FILE, 'utf8')) as LabelledFile;
}

/**
 * The split of an opinion: its group's, or its subject group's; opinions on a subject of their
 * own alternate in the file's order.
 */
export function splitOf(file: LabelledFile): Map<string, Split> {
  const bySubject = new Map(file.groups.map((g) => [g.key, g.split]));
  const out = new Map<string, Split>();
  let alone = 0;
  for (const o of file.opinions) {
    const key = o.group ?? o.sameSubjectAs;
    out.set(o.id, key ? bySubject.get(key)! : alone++ % 2 === 0 ? 'fit' : 'measure');
  }
  return out;
}

export interface GroupingFigures {
  opinions: number;
  labelledGroups: number;
  foundGroups: number;
  ari: number;
  /** Same-subject different-ask singletons, and how many were put into a group. */
  sameSubject: number;
  sameSubjectGrouped: number;
  sameSubjectGroupedShare: number;
  /** Labelled pairs (same group) found together, and pairs found together against the labels. */
  pairsFound: number;
  pairsLabelled: number;
  pairsWrong: number;
  misses: string[];
}

/** Groups the given labelled opinions from scratch, in the file's order, and measures the result. */
export function measureGrouping(opinions: readonly LabelledOpinion[], model?: DuplicateModel): GroupingFigures {
  const grouper = new OpinionGrouper(model);
  grouper.load(opinions.map((o, i) => ({ id: i + 1, shard: 1, text: { title: o.title, body: o.body } })));
  const found = groupAll(
    grouper,
    opinions.map((_, i) => i + 1),
  );
  const foundOf = (i: number) => found.get(i + 1)!;
  const truthOf = (i: number) => opinions[i]!.group ?? `alone:${opinions[i]!.id}`;
  const ari = adjustedRandIndex(
    opinions.map((_, i) => foundOf(i)),
    opinions.map((_, i) => truthOf(i)),
  );
  const sizes = new Map<number, number>();
  for (const g of found.values()) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const misses: string[] = [];
  let pairsFound = 0,
    pairsLabelled = 0,
    pairsWrong = 0;
  for (let i = 0; i < opinions.length; i++)
    for (let j = i + 1; j < opinions.length; j++) {
      const same = truthOf(i) === truthOf(j);
      const together = foundOf(i) === foundOf(j);
      if (same) pairsLabelled++;
      if (same && together) pairsFound++;
      if (!same && together) {
        pairsWrong++;
        misses.push(`${opinions[j]!.id} grouped with ${opinions[i]!.id}`);
      }
    }
  // Labelled members left out of their group's largest found part.
  for (const key of new Set(opinions.map((o) => o.group).filter(Boolean))) {
    const members = opinions.map((o, i) => ({ o, i })).filter((x) => x.o.group === key);
    const parts = new Map<number, string[]>();
    for (const m of members) parts.set(foundOf(m.i), [...(parts.get(foundOf(m.i)) ?? []), m.o.id]);
    if (parts.size > 1) misses.push(`${key} split: ${[...parts.values()].map((p) => p.join('+')).join(' | ')}`);
  }
  const sameSubject = opinions.map((o, i) => ({ o, i })).filter((x) => x.o.sameSubjectAs);
  const grouped = sameSubject.filter((x) => sizes.get(foundOf(x.i))! > 1);
  return {
    opinions: opinions.length,
    labelledGroups: new Set(opinions.map((o) => o.group).filter(Boolean)).size,
    foundGroups: [...sizes.values()].filter((n) => n > 1).length,
    ari: Math.round(ari * 10000) / 10000,
    sameSubject: sameSubject.length,
    sameSubjectGrouped: grouped.length,
    sameSubjectGroupedShare: Math.round((grouped.length / Math.max(1, sameSubject.length)) * 10000) / 10000,
    pairsFound,
    pairsLabelled,
    pairsWrong,
    misses,
  };
}
