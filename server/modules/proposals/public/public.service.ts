// The public page (no sign-in): proposals their proposers allowed to be made public, once
// formally answered, with proposers' names and the formal replies. Nothing personal and
// nothing internal is read here, so nothing of it can leak.
import type { Db } from '../../../db/tx.js';
import type { OrgTree } from '../../../platform/access/org-tree.js';
import { notFound } from '../../../platform/errors.js';
import type { ExportsRepo } from '../reporting/exports.repo.js';
import type { PublicRepo } from './public.repo.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { loadSettings } from '../settings/settings.repo.js';
import type { PublicListQuery, PublicProposal } from './public.schema.js';
import { groupBy } from '../../../platform/group-by.js';

type Row = NonNullable<Awaited<ReturnType<PublicRepo['one']>>>;

export function createPublicService(deps: {
  db: Db;
  orgTree: OrgTree;
  publicRepo: PublicRepo;
  exportsRepo: ExportsRepo;
  clock: Clock;
}) {
  const { db, orgTree, publicRepo, exportsRepo, clock } = deps;

  /** The requested organisation, or the top of the tree; inactive or unknown ones are not found. */
  async function orgOf(orgId?: number) {
    const org = orgId ? await orgTree.get(orgId) : (await orgTree.all()).find((o) => o.parentId === null && o.active);
    if (!org || !org.active) throw notFound();
    return org;
  }

  async function present(rows: Row[]): Promise<PublicProposal[]> {
    const ids = rows.map((r) => r.id);
    const orgIds = [...new Set(rows.map((r) => r.org_id))];
    const [proposers, replies, settings] = await Promise.all([
      exportsRepo.proposerNames(db, ids),
      exportsRepo.formalReplies(db, ids),
      Promise.all(orgIds.map((id) => loadSettings(db, id))),
    ]);
    const labels = new Map(orgIds.map((id, i) => [id, settings[i]!.resultLabels]));
    const proposersOf = groupBy(proposers, (x) => x.proposal_id);
    const repliesOf = groupBy(replies, (x) => x.proposal_id);
    return rows.map((r) => ({
      id: r.id,
      numberLabel: r.number_label,
      title: r.title,
      category: r.category,
      state: r.state as PublicProposal['state'],
      proposers: r.kind === 'collective' ? [r.collective_name ?? ''] : (proposersOf.get(r.id) ?? []).map((x) => x.name),
      replies: (repliesOf.get(r.id) ?? []).map((x) => ({
        unit: x.unit_name,
        resultClass: x.result_class,
        resultLabel: x.result_class ? labels.get(r.org_id)![x.result_class] : null,
        date: x.created_at,
        body: x.body,
      })),
    }));
  }

  return {
    async list(q: PublicListQuery) {
      const org = await orgOf(q.orgId);
      const { rows, total } = await publicRepo.page(db, { ...q, orgId: org.id });
      return {
        org: { id: org.id, name: org.name },
        items: await present(rows),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The filters' choices: organisations, terms, years and categories. */
    async filters(orgId?: number) {
      const org = await orgOf(orgId);
      const [all, terms, settings] = await Promise.all([
        orgTree.all(),
        publicRepo.terms(db, org.id),
        loadSettings(db, org.id),
      ]);
      const orgs = all
        .filter((o) => o.active)
        .sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || a.id - b.id);
      const thisYear = Number(chinaToday(clock).slice(0, 4));
      const years = new Set<number>();
      for (const t of terms) {
        const last = Math.min(thisYear, t.ends_on ? Number(t.ends_on.slice(0, 4)) : thisYear);
        for (let y = last; y >= Number(t.starts_on.slice(0, 4)); y--) years.add(y);
      }
      return {
        org: { id: org.id, name: org.name },
        orgs: orgs.map((o) => ({ id: o.id, name: o.name })),
        terms: terms.map((t) => ({ id: t.id, name: t.name })),
        years: [...years].sort((a, b) => b - a),
        categories: settings.categories,
      };
    },

    async get(id: number) {
      const row = await publicRepo.one(db, id);
      if (!row) throw notFound();
      await orgOf(row.org_id);
      const [item] = await present([row]);
      return { ...item!, reasons: row.reasons, suggestions: row.suggestions };
    },
  };
}

export type PublicService = ReturnType<typeof createPublicService>;
