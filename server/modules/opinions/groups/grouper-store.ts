// This app instance's opinion grouper (platform/search/opinion-grouping.ts): one for every
// organisation and campaign, so the words' statistics are the whole collection's. A scope
// (organisation, campaign) is loaded from the opinions table on first use; before each use
// the opinions committed since (by this or another instance) are read by id, in the caller's
// transaction, so a placement sees every opinion committed before it began. Not followed:
// edits of an opinion's text after intake and deletions (a regroup reloads its scope), and
// two opinions placed at the same moment on two instances do not see each other (each
// transaction reads before the other commits); the office's regroup puts such pairs together.
import type { Db } from '../../../db/tx.js';
import { OpinionGrouper } from '../../../platform/search/opinion-grouping.js';
import type { GroupsRepo, Scope } from './groups.repo.js';

interface Loaded {
  shard: number;
  /** The newest opinion id read for the scope. */
  seen: number;
  ids: Set<number>;
}

export interface GrouperStore {
  /** The grouper, with the scope's opinions held up to those the transaction `db` sees. */
  ready(db: Db, scope: Scope): Promise<{ grouper: OpinionGrouper; shard: number }>;
  /** Reads the scope again from the table (the regroup: edited texts, deleted opinions). */
  reload(db: Db, scope: Scope): Promise<{ grouper: OpinionGrouper; shard: number }>;
}

const keyOf = (s: Scope) => `${s.orgId}:${s.campaignId ?? 0}`;

export function createGrouperStore(repo: GroupsRepo): GrouperStore {
  const grouper = new OpinionGrouper();
  const scopes = new Map<string, Loaded>();
  // One catch-up at a time per scope: two placements at once read the same rows once.
  const busy = new Map<string, Promise<void>>();

  async function catchUp(db: Db, scope: Scope, s: Loaded): Promise<void> {
    const rows = await repo.texts(db, scope, s.seen);
    if (!rows.length) return;
    if (rows.length > 64) grouper.load(rows.map((r) => ({ id: r.id, shard: s.shard, text: r })));
    else for (const r of rows) grouper.add(r.id, s.shard, r);
    for (const r of rows) s.ids.add(r.id);
    s.seen = rows[rows.length - 1]!.id;
  }

  async function ready(db: Db, scope: Scope) {
    const key = keyOf(scope);
    let s = scopes.get(key);
    if (!s) scopes.set(key, (s = { shard: scopes.size + 1, seen: 0, ids: new Set() }));
    while (busy.has(key)) await busy.get(key);
    const run = catchUp(db, scope, s).finally(() => busy.delete(key));
    busy.set(key, run);
    await run;
    return { grouper, shard: s.shard };
  }

  return {
    ready,
    async reload(db, scope) {
      const s = scopes.get(keyOf(scope));
      if (s) {
        for (const id of s.ids) grouper.remove(id);
        s.ids.clear();
        s.seen = 0;
      }
      return ready(db, scope);
    },
  };
}
