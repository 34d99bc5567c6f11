// The year's work priorities and monthly plans: the office writes the year's priorities and
// their items (owner, deadline), links each item to the meetings, topics and reports that carry
// it out, reports each item's progress month by month (a slipped one with its reason), and
// exports a month as the report sent upward (Word). Each write authorises through the rules,
// runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { ItemLinkKind } from '../../../db/tables/workplan.js';
import { meetingsForStudy } from '../../meetings/index.js';
import { namedRefById, orgName } from '../../orgs/index.js';
import { readsWorkplan } from '../scope.policy.js';
import { dayLabel, lateAt, monthLabel, yearOfMonth } from './priorities.model.js';
import { priorityAccess, priorityRules, type PriorityStep } from './priorities.policy.js';
import type { PriorityItemRow, PriorityRepo } from './priorities.repo.js';
import type { ItemInput, ProgressInput } from './priorities.schema.js';
import { MONTH_STATUS_LABELS, OFFICE_OWNER } from './priorities.texts.js';
import { monthDocument } from './month-doc.js';

export interface PriorityDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  priorities: PriorityRepo;
}

type Link = { kind: ItemLinkKind; id: number };

export function createPriorityService(deps: PriorityDeps) {
  const { db, clock, audit, priorities } = deps;
  const now = () => clock.now().toISOString();

  async function loadPriorities(trx: Db, actor: Actor, id: number) {
    const p = await priorities.get(trx, id);
    if (!p || !readsWorkplan(actor, p.org_id)) throw notFound('PRIORITIES_NOT_FOUND', '工作要点不存在');
    return p;
  }
  async function loadItem(trx: Db, actor: Actor, id: number, step: PriorityStep) {
    const item = await priorities.item(trx, id);
    if (!item || !readsWorkplan(actor, item.org_id)) throw notFound('ITEM_NOT_FOUND', '工作要点事项不存在');
    priorityRules.authorize(actor, step, { orgId: item.org_id }, null);
    return item;
  }

  async function writeAudit(trx: Db, actor: Actor, action: AuditAction, orgId: number, id: number, detail = {}) {
    await audit.append(trx, actor, { action, objectType: 'workplan_item', objectId: id, orgId, detail });
  }

  async function checkOwner(trx: Db, orgId: number, ownerKind: string, committeeId: number | null | undefined) {
    if (ownerKind === 'office') {
      if (committeeId) throw invalid('committeeId', '由办公室承担的事项不选择专委会');
      return;
    }
    if (!committeeId) throw invalid('committeeId', '由专委会承担的事项须选择专委会');
    const c = await namedRefById(trx, 'committees', committeeId);
    if (!c || c.org_id !== orgId) throw invalid('committeeId', '专委会不存在');
  }

  /** Each link names a published meeting, a topic or a report of the organisation. */
  async function checkLinks(trx: Db, orgId: number, links: readonly Link[]) {
    const titles = await linkTitles(trx, orgId, links);
    links.forEach((l, i) => {
      if (!titles.has(`${l.kind}:${l.id}`)) throw invalid(`links.${i}.id`, '关联的会议、课题或报告不存在');
    });
  }
  async function linkTitles(trx: Db, orgId: number, links: readonly Link[]) {
    const ids = (k: ItemLinkKind) => [...new Set(links.filter((l) => l.kind === k).map((l) => l.id))];
    const [meetings, topics, reports] = await Promise.all([
      ids('meeting').length ? meetingsForStudy(trx, { orgId, ids: ids('meeting') }) : Promise.resolve([]),
      priorities.topicTitles(trx, orgId, ids('topic')),
      priorities.reportTitles(trx, orgId, ids('report')),
    ]);
    return new Map<string, string>([
      ...meetings.filter((m) => m.status !== 'cancelled').map((m) => [`meeting:${m.id}`, m.title] as const),
      ...topics.map((t) => [`topic:${t.id}`, t.title] as const),
      ...reports.map((r) => [`report:${r.id}`, r.title] as const),
    ]);
  }

  const ownerName = (i: { owner_kind: string; committee_name: string | null }) =>
    i.owner_kind === 'office' ? OFFICE_OWNER : (i.committee_name ?? '');

  async function detail(actor: Actor, id: number) {
    const p = await loadPriorities(db, actor, id);
    const items = await priorities.items(db, id);
    const links = await priorities.links(
      db,
      items.map((i) => i.id),
    );
    const titles = await linkTitles(
      db,
      p.org_id,
      links.map((l) => ({ kind: l.kind, id: l.target_id })),
    );
    return {
      id: p.id,
      orgId: p.org_id,
      year: p.year,
      title: p.title,
      items: items.map((i) => ({
        id: i.id,
        seq: i.seq,
        title: i.title,
        ownerKind: i.owner_kind,
        committeeId: i.committee_id,
        ownerName: ownerName(i),
        dueOn: i.due_on,
        links: links
          .filter((l) => l.item_id === i.id && titles.has(`${l.kind}:${l.target_id}`))
          .map((l) => ({ kind: l.kind, id: l.target_id, title: titles.get(`${l.kind}:${l.target_id}`)! })),
        allowedActions: priorityRules.allowed(actor, { orgId: i.org_id }, null),
      })),
    };
  }

  async function month(actor: Actor, m: string) {
    priorityAccess.require(actor, 'readPriorities');
    const orgId = actor.currentOrgId;
    const p = await priorities.ofYear(db, orgId, yearOfMonth(m));
    const [items, entries] = p
      ? await Promise.all([priorities.items(db, p.id), priorities.monthEntries(db, orgId, m)])
      : [[], []];
    const rows = items.map((i) => {
      const e = entries.find((x) => x.item_id === i.id);
      return {
        itemId: i.id,
        seq: i.seq,
        title: i.title,
        ownerName: ownerName(i),
        dueOn: i.due_on,
        status: e?.status ?? null,
        note: e?.note ?? null,
        slipReason: e?.slip_reason ?? null,
        late: lateAt(i.due_on, m, e?.status ?? null),
      };
    });
    const count = (s: string | null) => rows.filter((r) => r.status === s).length;
    return {
      month: m,
      prioritiesId: p?.id ?? null,
      entries: rows,
      counts: {
        planned: count('planned'),
        in_progress: count('in_progress'),
        done: count('done'),
        slipped: count('slipped'),
        unreported: count(null),
      },
    };
  }

  return {
    detail,
    month,

    async list(actor: Actor, year?: number) {
      priorityAccess.require(actor, 'readPriorities');
      const rows = await priorities.list(db, actor.currentOrgId, year);
      return rows.map((r) => ({ id: r.id, orgId: r.org_id, year: r.year, title: r.title, items: Number(r.items) }));
    },

    async create(actor: Actor, input: { year: number; title: string }) {
      priorityAccess.require(actor, 'createPriorities');
      const id = await inTransaction(db, async (trx) => {
        if (await priorities.ofYear(trx, actor.orgId, input.year))
          throw conflict('PRIORITIES_EXIST', '本年度工作要点已存在');
        const id = await priorities.insert(trx, { org_id: actor.orgId, ...input, created_by: actor.userId, at: now() });
        await audit.append(trx, actor, {
          action: 'workplan.priorities_create',
          objectType: 'workplan_priorities',
          objectId: id,
          orgId: actor.orgId,
          detail: { year: input.year },
        });
        return id;
      });
      return detail(actor, id);
    },

    async addItem(actor: Actor, prioritiesId: number, input: ItemInput) {
      await inTransaction(db, async (trx) => {
        const p = await loadPriorities(trx, actor, prioritiesId);
        priorityRules.authorize(actor, 'addItem', { orgId: p.org_id }, null);
        await checkOwner(trx, p.org_id, input.ownerKind, input.committeeId);
        if (Number(input.dueOn.slice(0, 4)) !== p.year) throw invalid('dueOn', '截止日期应在本年度内');
        const at = now();
        const id = await priorities.insertItem(trx, {
          priority_id: p.id,
          org_id: p.org_id,
          seq: await priorities.nextSeq(trx, p.id),
          title: input.title,
          owner_kind: input.ownerKind,
          committee_id: input.committeeId ?? null,
          due_on: input.dueOn,
          created_at: at,
          updated_at: at,
        });
        await writeAudit(trx, actor, 'workplan.item_add', p.org_id, id, { prioritiesId });
      });
      return detail(actor, prioritiesId);
    },

    async editItem(actor: Actor, itemId: number, input: Partial<ItemInput>) {
      const item = await inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, itemId, 'editItem');
        const p = (await priorities.get(trx, item.priority_id))!;
        const ownerKind = input.ownerKind ?? item.owner_kind;
        const committeeId = input.committeeId !== undefined ? input.committeeId : item.committee_id;
        await checkOwner(trx, item.org_id, ownerKind, committeeId);
        if (input.dueOn && Number(input.dueOn.slice(0, 4)) !== p.year) throw invalid('dueOn', '截止日期应在本年度内');
        await priorities.updateItem(trx, itemId, {
          ...(input.title !== undefined && { title: input.title }),
          owner_kind: ownerKind,
          committee_id: ownerKind === 'office' ? null : (committeeId ?? null),
          ...(input.dueOn !== undefined && { due_on: input.dueOn }),
          updated_at: now(),
        });
        await writeAudit(trx, actor, 'workplan.item_update', item.org_id, itemId);
        return item;
      });
      return detail(actor, item.priority_id);
    },

    async setLinks(actor: Actor, itemId: number, links: Link[]) {
      const item = await inTransaction(db, async (trx) => {
        const item = await loadItem(trx, actor, itemId, 'setItemLinks');
        const unique = [...new Map(links.map((l) => [`${l.kind}:${l.id}`, l])).values()];
        await checkLinks(trx, item.org_id, unique);
        await priorities.setLinks(trx, itemId, unique);
        await writeAudit(trx, actor, 'workplan.item_links', item.org_id, itemId, { links: unique });
        return item;
      });
      return detail(actor, item.priority_id);
    },

    async reportProgress(actor: Actor, m: string, itemId: number, input: ProgressInput) {
      await inTransaction(db, async (trx) => {
        const item: PriorityItemRow = await loadItem(trx, actor, itemId, 'reportProgress');
        const p = (await priorities.get(trx, item.priority_id))!;
        if (yearOfMonth(m) !== p.year) throw invalid('month', '月份应在本年度内');
        if (input.status === 'slipped' && !input.slipReason) throw invalid('slipReason', '推迟的事项须说明原因');
        await priorities.upsertEntry(trx, {
          org_id: item.org_id,
          item_id: itemId,
          month: m,
          status: input.status,
          note: input.note,
          slip_reason: input.status === 'slipped' ? input.slipReason! : null,
          updated_by: actor.userId,
          updated_at: now(),
        });
        await writeAudit(trx, actor, 'workplan.month_progress', item.org_id, itemId, {
          month: m,
          status: input.status,
        });
      });
      return month(actor, m);
    },

    /** The month's report as Word, generated from the month's entries (an audited export). */
    async monthReport(actor: Actor, m: string) {
      priorityAccess.require(actor, 'exportMonthReport');
      const plan = await month(actor, m);
      if (plan.prioritiesId === null) throw notFound('PRIORITIES_NOT_FOUND', '本月尚无年度工作要点');
      const org = await orgName(db, actor.currentOrgId);
      const c = plan.counts;
      const data = await monthDocument({
        title: `${org}${monthLabel(m)}工作计划执行情况`,
        org,
        date: dayLabel(chinaToday(clock)),
        summary: `本月共安排年度工作要点事项${plan.entries.length}项，其中已完成${c.done}项，推进中${c.in_progress}项，计划中${c.planned}项，推迟${c.slipped}项，未填报${c.unreported}项。`,
        entries: plan.entries.map((e) => ({
          seq: e.seq,
          title: e.title,
          owner: e.ownerName,
          dueOn: dayLabel(e.dueOn),
          status: e.status ? MONTH_STATUS_LABELS[e.status]! : '未填报',
          note: e.note ?? '—',
          slipReason: e.slipReason,
        })),
      });
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'workplan.month_report',
          objectType: 'workplan_priorities',
          objectId: plan.prioritiesId!,
          orgId: actor.currentOrgId,
          detail: { month: m },
        }),
      );
      return { filename: `${monthLabel(m)}工作计划执行情况.docx`, data };
    },
  };
}

export type PriorityService = ReturnType<typeof createPriorityService>;
