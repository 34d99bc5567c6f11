// A consultation's life: the office writes it (topic, seed statements, who takes part, dates,
// the work-plan topic or meeting it serves), opens it, sets its public link and closes it. Each
// write authorises through the rules, runs in one transaction and appends one audit entry.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { StatementRepo } from '../moderation/statements.repo.js';
import { newSecret } from './core.model.js';
import {
  consultationAccess,
  consultationRules,
  readsConsultations,
  seesConsultation,
  type ConsultationRelation,
  type ConsultationSubject,
} from './core.policy.js';
import type { ConsultationRepo, ConsultationRow } from './core.repo.js';
import type * as S from './core.schema.js';

export interface CoreDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  consultations: ConsultationRepo;
  statements: StatementRepo;
}

type Step = Parameters<typeof consultationRules.authorize>[1];
type Patch = z.infer<typeof S.consultationPatch>;

export const subjectOf = (c: ConsultationRow): ConsultationSubject => ({
  orgId: c.org_id,
  status: c.status,
  membersTakePart: c.members_take_part === 1,
  imported: c.source !== 'platform',
});

export const present = (c: ConsultationRow, unitIds: readonly number[]) => ({
  id: c.id,
  orgId: c.org_id,
  title: c.title,
  description: c.description,
  status: c.status,
  opensOn: c.opens_on,
  closesOn: c.closes_on,
  membersTakePart: c.members_take_part === 1,
  unitIds: [...unitIds],
  publicMode: c.public_mode,
  hasPublicLink: c.public_token_hash !== null,
  topicId: c.topic_id,
  meetingId: c.meeting_id,
  source: c.source,
  analysedAt: c.analysed_at,
});

export function createCoreService(deps: CoreDeps) {
  const { db, clock, audit, consultations, statements } = deps;
  const now = () => clock.now().toISOString();

  /** The consultation for a step: 404 when the actor cannot see it, else the rules' verdict. */
  async function load(trx: Db, actor: Actor, id: number, step?: Step) {
    const c = await consultations.get(trx, id);
    const rel: ConsultationRelation = { unitIds: c ? await consultations.unitIds(trx, id) : [] };
    if (!c || !seesConsultation(actor, subjectOf(c), rel)) throw notFound('CONSULTATION_NOT_FOUND', '协商不存在');
    if (step) consultationRules.authorize(actor, step, subjectOf(c), rel);
    return { c, rel };
  }

  async function writeAudit(trx: Db, actor: Actor, c: ConsultationRow, action: AuditAction, detail?: object) {
    await audit.append(trx, actor, {
      action,
      objectType: 'consultation',
      objectId: c.id,
      orgId: c.org_id,
      ...(detail ? { detail: { ...detail } } : {}),
    });
  }

  /** Checks the dates, the units and the linked topic and meeting against the organisation. */
  async function checkLinks(trx: Db, orgId: number, f: Patch) {
    if (f.opensOn && f.closesOn && f.closesOn < f.opensOn) throw invalid('closesOn', '结束日期不能早于开始日期');
    if (f.unitIds) {
      const known = await consultations.unitsOfOrg(trx, orgId, f.unitIds);
      if (known.length !== new Set(f.unitIds).size) throw invalid('unitIds', '所选承办单位不存在或不属于本单位');
    }
    if (f.topicId && !(await consultations.topicOfOrg(trx, orgId, f.topicId)))
      throw invalid('topicId', '所选课题不存在或不属于本单位');
    if (f.meetingId && !(await consultations.meetingOfOrg(trx, orgId, f.meetingId)))
      throw invalid('meetingId', '所选会议不存在或不属于本单位');
  }

  async function setStatus(actor: Actor, id: number, to: 'open' | 'closed') {
    return inTransaction(db, async (trx) => {
      const { c, rel } = await load(trx, actor, id, to === 'open' ? 'openConsultation' : 'closeConsultation');
      if (to === 'open' && (await consultations.counts(trx, id)).accepted === 0)
        throw invalid('seeds', '请先添加至少一条观点再开始');
      await consultations.update(trx, id, { status: to, updated_at: now() });
      await writeAudit(trx, actor, c, to === 'open' ? 'consultations.open' : 'consultations.close');
      return present({ ...c, status: to }, rel.unitIds);
    });
  }

  return {
    load,

    /** A 403 unless the actor reads the organisation's consultations (participants do not read the office's views). */
    requireReader(actor: Actor, orgId: number) {
      if (!readsConsultations(actor, orgId)) throw forbidden();
    },

    async list(actor: Actor) {
      consultationAccess.require(actor, 'readConsultations');
      const rows = await consultations.listFor(db, [...new Set([...actor.visibleOrgIds, actor.orgId])]);
      return rows.map((r) => ({
        id: r.id,
        orgId: r.org_id,
        orgName: r.org_name,
        title: r.title,
        status: r.status,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
        publicMode: r.public_mode,
        source: r.source,
      }));
    },

    async mine(actor: Actor) {
      consultationAccess.require(actor, 'myConsultations');
      const rows = await consultations.openFor(db, actor.orgId, actor.memberId !== null, actor.unitId);
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
      }));
    },

    async create(actor: Actor, input: z.infer<typeof S.consultationBody>) {
      consultationAccess.require(actor, 'createConsultation');
      return inTransaction(db, async (trx) => {
        await checkLinks(trx, actor.orgId, input);
        const at = now();
        const id = await consultations.insert(trx, {
          org_id: actor.orgId,
          title: input.title,
          description: input.description,
          opens_on: input.opensOn,
          closes_on: input.closesOn,
          members_take_part: input.membersTakePart ? 1 : 0,
          topic_id: input.topicId,
          meeting_id: input.meetingId,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        const unitIds = [...new Set(input.unitIds)];
        await consultations.setUnits(trx, id, unitIds);
        await statements.insertMany(
          trx,
          [...new Set(input.seeds)].map((body) => ({
            consultation_id: id,
            body,
            status: 'accepted' as const,
            seed: 1,
            created_at: at,
          })),
        );
        const c = (await consultations.get(trx, id))!;
        await writeAudit(trx, actor, c, 'consultations.create', { seeds: input.seeds.length });
        return present(c, unitIds);
      });
    },

    async detail(actor: Actor, id: number) {
      const { c, rel } = await load(db, actor, id);
      return {
        ...present(c, rel.unitIds),
        counts: await consultations.counts(db, id),
        allowed: consultationRules.allowed(actor, subjectOf(c), rel),
      };
    },

    async update(actor: Actor, id: number, patch: Patch) {
      return inTransaction(db, async (trx) => {
        const { c } = await load(trx, actor, id, 'editConsultation');
        await checkLinks(trx, c.org_id, {
          ...patch,
          opensOn: patch.opensOn ?? c.opens_on,
          closesOn: patch.closesOn ?? c.closes_on,
        });
        await consultations.update(trx, id, {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.description !== undefined && { description: patch.description }),
          ...(patch.opensOn !== undefined && { opens_on: patch.opensOn }),
          ...(patch.closesOn !== undefined && { closes_on: patch.closesOn }),
          ...(patch.membersTakePart !== undefined && { members_take_part: patch.membersTakePart ? 1 : 0 }),
          ...(patch.topicId !== undefined && { topic_id: patch.topicId }),
          ...(patch.meetingId !== undefined && { meeting_id: patch.meetingId }),
          updated_at: now(),
        });
        if (patch.unitIds) await consultations.setUnits(trx, id, [...new Set(patch.unitIds)]);
        await writeAudit(trx, actor, c, 'consultations.update', { fields: Object.keys(patch) });
        return present((await consultations.get(trx, id))!, await consultations.unitIds(trx, id));
      });
    },

    open: (actor: Actor, id: number) => setStatus(actor, id, 'open'),
    close: (actor: Actor, id: number) => setStatus(actor, id, 'closed'),

    /** Turns the public link on (named or anonymous) or off; the token is made once and shown once. */
    async setPublic(actor: Actor, id: number, mode: z.infer<typeof S.publicBody>['mode']) {
      return inTransaction(db, async (trx) => {
        const { c, rel } = await load(trx, actor, id, 'setPublicLink');
        const link = mode !== 'off' && c.public_token_hash === null ? newSecret() : null;
        const secret = c.challenge_secret ?? (mode !== 'off' ? newSecret().token : null);
        await consultations.update(trx, id, {
          public_mode: mode,
          ...(link && { public_token_hash: link.hash }),
          challenge_secret: secret,
          updated_at: now(),
        });
        await writeAudit(trx, actor, c, 'consultations.public_link', { mode, newLink: link !== null });
        const fresh = (await consultations.get(trx, id))!;
        return { ...present(fresh, rel.unitIds), token: link?.token ?? null };
      });
    },
  };
}

export type CoreService = ReturnType<typeof createCoreService>;
