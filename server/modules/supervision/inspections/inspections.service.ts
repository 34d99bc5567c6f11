// Inspections (视察): the office prepares an inspection of its organisation (topic, kind,
// dates, leader, participants from its own roster, sites), publishes it (participants are
// told), starts and finishes it, or cancels it with a reason (those told are told again);
// once under way it records what was found, overall and per site. Each step is one
// transaction with one audit entry. Recommendations are recommendations.service.ts.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { createInspectionChecks } from './inspections.checks.js';
import { COUNTED, SHOWN_TO_PARTICIPANTS } from './inspections.model.js';
import { presentItem } from './inspections.present.js';
import { inspectionAccess, inspectionRules, readsOrg, type InspectionStep } from './inspections.policy.js';
import type { InspectionRepo, InspectionRow } from './inspections.repo.js';
import type {
  CreateInspection,
  Findings,
  ListInspections,
  SiteInput,
  UpdateInspection,
  UpdateSite,
} from './inspections.schema.js';
import { inspectionTexts } from './inspections.texts.js';
import { presentRecommendation } from './recommendations.present.js';
import type { RecommendationRepo } from './recommendations.repo.js';

export interface InspectionDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  notify: Notifier;
  inspections: InspectionRepo;
  recommendations: RecommendationRepo;
}

export function createInspectionService(deps: InspectionDeps) {
  const { db, audit, clock, notify, inspections, recommendations } = deps;
  const now = () => clock.now().toISOString();
  const { checkDates, leaderOf, checkMembers, checkUnit } = createInspectionChecks(inspections);

  /** The inspection a step is taken on: missing unless the actor sees it, then the step's rule. */
  async function load(trx: Db, actor: Actor, id: number, step: InspectionStep) {
    const i = await inspections.get(trx, id);
    if (!i) throw notFound('NOT_FOUND', '视察不存在');
    const rel = await inspections.relationOf(trx, i, actor.memberId);
    if (!inspectionRules.allows(actor, 'viewInspection', i, rel)) throw notFound('NOT_FOUND', '视察不存在');
    inspectionRules.authorize(actor, step, i, rel);
    return { i, rel };
  }

  async function detail(actor: Actor, id: number) {
    const [r, counts, participants, sites, recs] = await Promise.all([
      inspections.item(db, id),
      inspections.counts(db, [id]),
      inspections.participants(db, id),
      inspections.sites(db, id),
      recommendations.ofInspection(db, id),
    ]);
    const rel = await inspections.relationOf(db, r!, actor.memberId);
    const today = chinaToday(clock);
    return {
      ...presentItem(r!, counts.get(id)),
      findings: r!.findings,
      participants: participants.map((p) => ({
        id: p.id,
        name: p.name,
        sectorName: p.sector_name,
        workUnit: p.work_unit,
      })),
      sites: sites.map((s) => ({
        id: s.id,
        name: s.name,
        address: s.address,
        unitId: s.unit_id,
        unitName: s.unit_name,
        findings: s.findings,
      })),
      recommendations: recs.map((x) => presentRecommendation(actor, x, today)),
      allowedActions: inspectionRules.allowed(actor, r!, rel),
    };
  }

  async function tellPeople(trx: Db, i: InspectionRow, kind: string, text: { title: string; body: string }) {
    const userIds = await inspections.peopleToTell(trx, i);
    if (!userIds.length) return;
    await notify.send(trx, {
      orgId: i.org_id,
      userIds,
      kind,
      ...text,
      link: `/supervision/inspections/${i.id}`,
      objectType: 'supervision_inspection',
      objectId: i.id,
      // Participants added after publishing are told by the same key: once per person and inspection.
      dedupeKey: `${kind}:${i.id}`,
    });
  }

  /** One step on an inspection: load and authorize, change, audit, in one transaction; answers the detail. */
  async function step(
    actor: Actor,
    id: number,
    name: InspectionStep,
    action: AuditAction,
    change: (trx: Db, i: InspectionRow, at: string) => Promise<Record<string, unknown> | void>,
  ) {
    await inTransaction(db, async (trx) => {
      const { i } = await load(trx, actor, id, name);
      const at = now();
      const logged = (await change(trx, i, at)) ?? {};
      await inspections.update(trx, id, { updated_at: at });
      await audit.append(trx, actor, {
        action,
        objectType: 'supervision_inspection',
        objectId: id,
        orgId: i.org_id,
        detail: logged,
      });
    });
    return detail(actor, id);
  }

  return {
    async list(actor: Actor, q: ListInspections) {
      let filter;
      if (q.scope === 'org') {
        inspectionAccess.require(actor, 'readInspections');
        if (!readsOrg(actor, actor.currentOrgId)) throw forbidden();
        filter = { orgId: actor.currentOrgId, statuses: q.status ? [q.status] : undefined };
      } else {
        inspectionAccess.require(actor, 'myInspections');
        if (actor.memberId === null || actor.currentOrgId !== actor.orgId) throw forbidden();
        const statuses = q.status ? SHOWN_TO_PARTICIPANTS.filter((s) => s === q.status) : SHOWN_TO_PARTICIPANTS;
        filter = { orgId: actor.orgId, memberId: actor.memberId, statuses };
      }
      const r = await inspections.list(db, { ...filter, year: q.year }, q.page, q.pageSize);
      const counts = await inspections.counts(
        db,
        r.items.map((i) => i.id),
      );
      return {
        items: r.items.map((i) => presentItem(i, counts.get(i.id))),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async get(actor: Actor, id: number) {
      await load(db, actor, id, 'viewInspection');
      return detail(actor, id);
    },

    async create(actor: Actor, input: CreateInspection) {
      inspectionAccess.require(actor, 'createInspection');
      // Written in the home organisation only: viewing a county is read-only.
      if (actor.currentOrgId !== actor.orgId) throw forbidden('ORG_READ_ONLY');
      checkDates(input.startsOn, input.endsOn);
      const orgId = actor.orgId;
      const id = await inTransaction(db, async (trx) => {
        const leader = await leaderOf(trx, orgId, input.leader);
        const memberIds = input.participantIds ?? [];
        await checkMembers(trx, orgId, memberIds, 'participantIds');
        const sites = input.sites ?? [];
        for (const [n, s] of sites.entries()) await checkUnit(trx, orgId, s.unitId, `sites.${n}.unitId`);
        const at = now();
        const { id } = await inspections.insert(trx, {
          org_id: orgId,
          title: input.title,
          subject: input.subject,
          kind: input.kind,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          ...leader,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await inspections.setParticipants(trx, id, memberIds, at);
        for (const [n, s] of sites.entries())
          await inspections.insertSite(trx, {
            inspection_id: id,
            name: s.name,
            address: s.address,
            unit_id: s.unitId ?? null,
            sort_order: n,
            created_at: at,
          });
        await audit.append(trx, actor, {
          action: 'supervision.inspection_create',
          objectType: 'supervision_inspection',
          objectId: id,
          orgId,
          detail: { title: input.title, kind: input.kind, participants: memberIds.length, sites: sites.length },
        });
        return id;
      });
      return detail(actor, id);
    },

    update: (actor: Actor, id: number, input: UpdateInspection) =>
      step(actor, id, 'editInspection', 'supervision.inspection_update', async (trx, i) => {
        checkDates(input.startsOn ?? i.starts_on, input.endsOn ?? i.ends_on);
        const leader = input.leader !== undefined ? await leaderOf(trx, i.org_id, input.leader) : {};
        await inspections.update(trx, id, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.subject !== undefined && { subject: input.subject }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.startsOn !== undefined && { starts_on: input.startsOn }),
          ...(input.endsOn !== undefined && { ends_on: input.endsOn }),
          ...leader,
        });
        return { fields: Object.keys(input) };
      }),

    setParticipants: (actor: Actor, id: number, memberIds: number[]) =>
      step(actor, id, 'setParticipants', 'supervision.inspection_participants', async (trx, i, at) => {
        await checkMembers(trx, i.org_id, memberIds, 'memberIds');
        await inspections.setParticipants(trx, id, memberIds, at);
        // Once published, those added now hear of it as the first ones did.
        if (COUNTED.includes(i.status))
          await tellPeople(
            trx,
            i,
            'supervision.inspection_published',
            inspectionTexts.published(i.title, i.starts_on, i.ends_on),
          );
        return { memberIds };
      }),

    addSite: (actor: Actor, id: number, input: SiteInput) =>
      step(actor, id, 'editSites', 'supervision.inspection_site_add', async (trx, i, at) => {
        await checkUnit(trx, i.org_id, input.unitId, 'unitId');
        const { id: siteId } = await inspections.insertSite(trx, {
          inspection_id: id,
          name: input.name,
          address: input.address,
          unit_id: input.unitId ?? null,
          sort_order: await inspections.nextSiteOrder(trx, id),
          created_at: at,
        });
        return { siteId, name: input.name };
      }),

    updateSite: (actor: Actor, id: number, siteId: number, input: UpdateSite) =>
      step(actor, id, 'editSites', 'supervision.inspection_site_update', async (trx, i) => {
        const s = await inspections.site(trx, siteId);
        if (!s || s.inspection_id !== id) throw notFound('NOT_FOUND', '视察点不存在');
        await checkUnit(trx, i.org_id, input.unitId, 'unitId');
        await inspections.updateSite(trx, siteId, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.address !== undefined && { address: input.address }),
          ...(input.unitId !== undefined && { unit_id: input.unitId }),
        });
        return { siteId, fields: Object.keys(input) };
      }),

    deleteSite: (actor: Actor, id: number, siteId: number) =>
      step(actor, id, 'editSites', 'supervision.inspection_site_delete', async (trx) => {
        const s = await inspections.site(trx, siteId);
        if (!s || s.inspection_id !== id) throw notFound('NOT_FOUND', '视察点不存在');
        if (await inspections.siteInUse(trx, siteId)) throw conflict('SITE_IN_USE', '该视察点已有建议，不能删除');
        await inspections.deleteSite(trx, siteId);
        return { siteId, name: s.name };
      }),

    publish: (actor: Actor, id: number) =>
      step(actor, id, 'publishInspection', 'supervision.inspection_publish', async (trx, i, at) => {
        await inspections.update(trx, id, { status: 'published', published_at: at });
        await tellPeople(
          trx,
          i,
          'supervision.inspection_published',
          inspectionTexts.published(i.title, i.starts_on, i.ends_on),
        );
      }),

    start: (actor: Actor, id: number) =>
      step(actor, id, 'startInspection', 'supervision.inspection_start', async (trx) => {
        await inspections.update(trx, id, { status: 'under_way' });
      }),

    finish: (actor: Actor, id: number) =>
      step(actor, id, 'finishInspection', 'supervision.inspection_finish', async (trx) => {
        await inspections.update(trx, id, { status: 'done' });
      }),

    cancel: (actor: Actor, id: number, reason: string) =>
      step(actor, id, 'cancelInspection', 'supervision.inspection_cancel', async (trx, i) => {
        await inspections.update(trx, id, { status: 'cancelled', cancel_reason: reason });
        // Only those who were told of it (a draft told no one).
        if (i.status !== 'draft')
          await tellPeople(trx, i, 'supervision.inspection_cancelled', inspectionTexts.cancelled(i.title, reason));
        return { reason, from: i.status };
      }),

    writeFindings: (actor: Actor, id: number, input: Findings) =>
      step(actor, id, 'writeFindings', 'supervision.inspection_findings', async (trx) => {
        const sites = input.sites ?? [];
        for (const [n, s] of sites.entries()) {
          const row = await inspections.site(trx, s.id);
          if (!row || row.inspection_id !== id) throw invalid(`sites.${n}.id`, '视察点不存在');
          await inspections.updateSite(trx, s.id, { findings: s.findings || null });
        }
        await inspections.update(trx, id, { findings: input.findings || null });
        return { sites: sites.map((s) => s.id) };
      }),

    async choices(actor: Actor) {
      inspectionAccess.require(actor, 'inspectionChoices');
      if (actor.currentOrgId !== actor.orgId) throw forbidden('ORG_READ_ONLY');
      const [members, accounts, units] = await inspections.choices(db, actor.orgId);
      return {
        members: members.map((m) => ({ id: m.id, name: m.name, sectorName: m.sector_name, workUnit: m.work_unit })),
        accounts: accounts.map((u) => ({ id: u.id, name: u.display_name, leaderTitle: u.leader_title })),
        units,
      };
    },
  };
}

export type InspectionService = ReturnType<typeof createInspectionService>;
