// The organisation tree, held in memory because every request needs the set of
// organisations its user may see. It is small (hundreds of rows even for a province) and
// changes rarely: reloaded after a local change and at most a few seconds stale elsewhere.
import type { Db } from '../../db/tx.js';

export interface OrgNode {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string;
  level: 'province' | 'city' | 'county';
  shareWithParent: boolean;
  totpRequired: boolean;
  active: boolean;
}

export interface OrgTree {
  get(id: number): Promise<OrgNode | undefined>;
  /** The organisation itself plus every descendant reachable through sharing links. */
  visibleFrom(orgId: number): Promise<number[]>;
  all(): Promise<OrgNode[]>;
  invalidate(): void;
}

export function createOrgTree(db: Db, ttlMs = 5000, now: () => number = Date.now): OrgTree {
  let loadedAt = -Infinity;
  let loading: Promise<void> | null = null;
  let byId = new Map<number, OrgNode>();
  let children = new Map<number, number[]>();
  let visibleCache = new Map<number, number[]>();

  async function load(): Promise<void> {
    const rows = await db.selectFrom('organisations').selectAll().orderBy('id').execute();
    const nextById = new Map<number, OrgNode>();
    const nextChildren = new Map<number, number[]>();
    for (const r of rows) {
      nextById.set(r.id, {
        id: r.id,
        parentId: r.parent_id,
        name: r.name,
        shortName: r.short_name,
        level: r.level,
        shareWithParent: r.share_with_parent === 1,
        totpRequired: r.totp_required === 1,
        active: r.active === 1,
      });
      if (r.parent_id !== null) {
        const list = nextChildren.get(r.parent_id) ?? [];
        list.push(r.id);
        nextChildren.set(r.parent_id, list);
      }
    }
    byId = nextById;
    children = nextChildren;
    visibleCache = new Map();
    loadedAt = now();
  }

  async function fresh(): Promise<void> {
    if (now() - loadedAt < ttlMs) return;
    loading ??= load().finally(() => {
      loading = null;
    });
    await loading;
  }

  return {
    async get(id) {
      await fresh();
      return byId.get(id);
    },
    async visibleFrom(orgId) {
      await fresh();
      const cached = visibleCache.get(orgId);
      if (cached) return cached;
      const out: number[] = [];
      const stack = [orgId];
      while (stack.length) {
        const id = stack.pop()!;
        if (!byId.has(id)) continue;
        out.push(id);
        for (const child of children.get(id) ?? []) {
          if (byId.get(child)?.shareWithParent) stack.push(child);
        }
      }
      out.sort((a, b) => a - b);
      visibleCache.set(orgId, out);
      return out;
    },
    async all() {
      await fresh();
      return [...byId.values()];
    },
    invalidate() {
      loadedAt = -Infinity;
    },
  };
}
