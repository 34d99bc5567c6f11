// Evaluation campaigns (民主评议): the office writes one (what is evaluated, the period, how
// many visits each object needs), sets its criteria with weights and scoring guides, and moves
// it on: open (members visit), reviewing (the office reviews), closed. Each write authorises
// through the rules, runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { NEXT_STATUS, openProblems } from './campaigns.model.js';
import {
  evalCampaignAccess,
  evalCampaignRules,
  readsSupervision,
  type EvalCampaignSubject,
} from './campaigns.policy.js';
import type { CampaignRepo, CampaignRow } from './campaigns.repo.js';
import type { CampaignBody } from './campaigns.schema.js';

export interface EvalCampaignDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  campaigns: CampaignRepo;
}

type Step = Parameters<typeof evalCampaignRules.authorize>[1];

export const campaignSummary = (c: CampaignRow) => ({
  id: c.id,
  orgId: c.org_id,
  title: c.title,
  objectKind: c.object_kind,
  description: c.description,
  startsOn: c.starts_on,
  endsOn: c.ends_on,
  visitsPerObject: c.visits_per_object,
  status: c.status,
  version: c.version,
});

function checkPeriod(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw invalid('endsOn', '结束日期不能早于开始日期');
}

/** The campaign for a read or a step: 403 for those who read no campaign, 404 when the actor cannot read this one, else the rules' verdict. */
export async function loadCampaign(campaigns: CampaignRepo, trx: Db, actor: Actor, id: number, step?: Step) {
  evalCampaignAccess.require(actor, 'readEvalCampaigns');
  const c = await campaigns.get(trx, id);
  if (!c || !readsSupervision(actor, c.org_id)) throw notFound('EVAL_CAMPAIGN_NOT_FOUND', '评议活动不存在');
  const subject: EvalCampaignSubject = { orgId: c.org_id, status: c.status };
  if (step) evalCampaignRules.authorize(actor, step, subject, undefined);
  return { c, subject };
}

export function createEvalCampaignService(deps: EvalCampaignDeps) {
  const { db, clock, audit, campaigns } = deps;
  const now = () => clock.now().toISOString();
  const load = (trx: Db, actor: Actor, id: number, step?: Step) => loadCampaign(campaigns, trx, actor, id, step);
  const writeAudit = (trx: Db, actor: Actor, c: CampaignRow, action: AuditAction, detail?: Record<string, unknown>) =>
    audit.append(trx, actor, {
      action,
      objectType: 'supervision_campaign',
      objectId: c.id,
      orgId: c.org_id,
      ...(detail ? { detail } : {}),
    });

  async function detailOf(trx: Db, actor: Actor, c: CampaignRow, subject: EvalCampaignSubject) {
    const [criteria, counts, org] = await Promise.all([
      campaigns.criteria(trx, c.id),
      campaigns.counts(trx, c.id),
      trx.selectFrom('organisations').select('short_name').where('id', '=', c.org_id).executeTakeFirstOrThrow(),
    ]);
    return {
      ...campaignSummary(c),
      orgName: org.short_name,
      criteria: criteria.map((x) => ({
        id: x.id,
        name: x.name,
        weight: x.weight,
        maxScore: x.max_score,
        guide: x.guide,
      })),
      ...counts,
      openProblems: c.status === 'draft' ? openProblems({ criteria, ...counts }) : [],
      allowedActions: evalCampaignRules.allowed(actor, subject, undefined),
    };
  }

  return {
    async list(actor: Actor) {
      evalCampaignAccess.require(actor, 'readEvalCampaigns');
      const rows = await campaigns.listFor(db, actor.visibleOrgIds);
      return rows.map((r) => ({
        ...campaignSummary(r),
        orgName: r.org_name,
        objects: Number(r.objects ?? 0),
        participants: Number(r.participants ?? 0),
        visits: Number(r.visits ?? 0),
      }));
    },

    async detail(actor: Actor, id: number) {
      evalCampaignAccess.require(actor, 'readEvalCampaigns');
      const { c, subject } = await load(db, actor, id);
      return detailOf(db, actor, c, subject);
    },

    async create(actor: Actor, input: CampaignBody) {
      evalCampaignAccess.require(actor, 'createEvalCampaign');
      checkPeriod(input.startsOn, input.endsOn);
      return inTransaction(db, async (trx) => {
        const at = now();
        const id = await campaigns.insert(trx, {
          org_id: actor.orgId,
          title: input.title,
          object_kind: input.objectKind,
          description: input.description || null,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          visits_per_object: input.visitsPerObject,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        const c = (await campaigns.get(trx, id))!;
        await writeAudit(trx, actor, c, 'supervision.campaign_create');
        return campaignSummary(c);
      });
    },

    async update(actor: Actor, id: number, input: Partial<CampaignBody>) {
      const fields = Object.keys(input).filter((k) => input[k as keyof CampaignBody] !== undefined);
      if (fields.length === 0) throw invalid('body', '至少修改一项');
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'editEvalCampaign');
        if (c.status !== 'draft' && (input.objectKind !== undefined || input.visitsPerObject !== undefined))
          throw conflict('CAMPAIGN_NOT_DRAFT', '评议活动已开始，不能再修改评议对象类型和每个对象的走访次数');
        checkPeriod(input.startsOn ?? c.starts_on, input.endsOn ?? c.ends_on);
        await campaigns.update(trx, id, {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.objectKind !== undefined ? { object_kind: input.objectKind } : {}),
          ...(input.description !== undefined ? { description: input.description || null } : {}),
          ...(input.startsOn !== undefined ? { starts_on: input.startsOn } : {}),
          ...(input.endsOn !== undefined ? { ends_on: input.endsOn } : {}),
          ...(input.visitsPerObject !== undefined ? { visits_per_object: input.visitsPerObject } : {}),
        });
        await campaigns.touch(trx, id, now());
        await writeAudit(trx, actor, c, 'supervision.campaign_update', { fields });
        return campaignSummary((await campaigns.get(trx, id))!);
      });
    },

    async setCriteria(
      actor: Actor,
      id: number,
      criteria: { name: string; weight: number; maxScore: number; guide?: string | null }[],
    ) {
      const names = criteria.map((c) => c.name.trim());
      if (new Set(names).size !== names.length) throw invalid('criteria', '评议指标名称不能重复');
      return inTransaction(db, async (trx) => {
        const { c, subject } = await load(trx, actor, id, 'setEvalCriteria');
        await campaigns.replaceCriteria(
          trx,
          id,
          criteria.map((x, i) => ({
            name: x.name.trim(),
            weight: x.weight,
            max_score: x.maxScore,
            guide: x.guide || null,
            sort_order: i,
          })),
        );
        await campaigns.touch(trx, id, now());
        await writeAudit(trx, actor, c, 'supervision.criteria_set', { criteria: names });
        return detailOf(trx, actor, (await campaigns.get(trx, id))!, subject);
      });
    },

    /** open: members may visit (criteria weigh 100, objects and participants are there); review; close. */
    async advance(actor: Actor, id: number, to: keyof typeof NEXT_STATUS) {
      const step = ({ open: 'openEvalCampaign', review: 'reviewEvalCampaign', close: 'closeEvalCampaign' } as const)[
        to
      ];
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, step);
        if (to === 'open') {
          const problems = openProblems({
            criteria: await campaigns.criteria(trx, id),
            ...(await campaigns.counts(trx, id)),
          });
          // The first problem; the detail lists them all.
          if (problems.length) throw conflict('CAMPAIGN_NOT_READY', problems[0]);
        }
        await campaigns.update(trx, id, { status: NEXT_STATUS[to].to });
        await campaigns.touch(trx, id, now());
        await writeAudit(trx, actor, c, `supervision.campaign_${to}`);
        const fresh = (await campaigns.get(trx, id))!;
        return detailOf(trx, actor, fresh, { orgId: fresh.org_id, status: fresh.status });
      });
    },
  };
}

export type EvalCampaignService = ReturnType<typeof createEvalCampaignService>;
