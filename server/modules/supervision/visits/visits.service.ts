// Field visits: a member's list of what to visit (route order by district), and a visit as the
// phone sends it — scores for every criterion, whom he interviewed, his comment, and the photos
// he uploaded first. The phone's id of the visit makes a resend harmless: the same visit comes
// back instead of a second one. The photos' EXIF time and position (read on upload, before the
// stored copy was stripped) are checked against the campaign's period and the object's place;
// a visit without that evidence is flagged for the office, never refused.
import { isUniqueViolation } from '../../../db/dialect.js';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { forbidden, invalid, notFound } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { CampaignRepo } from '../campaigns/index.js';
import { routeOrder } from '../assignment/index.js';
import { evidenceOf, weightedScore, type EvidenceReason } from './visits.model.js';
import { readsVisit, visitAccess, visitRules } from './visits.policy.js';
import type { VisitRepo, VisitRow } from './visits.repo.js';
import type { VisitBody } from './visits.schema.js';

export const VISIT_FILE_OWNER = 'supervision_visit';

export interface VisitDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  files: FileService;
  campaigns: CampaignRepo;
  visits: VisitRepo;
}

/** A visit as both its detail and the office's list show it (without scores and photos). */
const summaryOf = (v: VisitRow) => ({
  id: v.id,
  clientId: v.client_id,
  campaignId: v.campaign_id,
  objectId: v.object_id,
  objectName: v.object_name,
  memberId: v.member_id,
  memberName: v.member_name,
  visitedAt: v.visited_at,
  receivedAt: v.created_at,
  interviewee: v.interviewee,
  interviewNotes: v.interview_notes,
  comment: v.comment,
  score: v.score,
  evidence: { status: v.evidence, reasons: JSON.parse(v.evidence_reasons) as string[] },
});

export function createVisitService(deps: VisitDeps) {
  const { db, clock, audit, files, campaigns, visits } = deps;

  async function view(trx: Db, v: VisitRow) {
    const [scores, photos] = await Promise.all([visits.scores(trx, v.id), visits.photos(trx, v.id)]);
    return {
      ...summaryOf(v),
      scores: scores.map((s) => ({ criterionId: s.criterion_id, score: s.score })),
      photos: photos.map((p) => ({
        fileId: p.file_id,
        takenAt: p.taken_at,
        distanceMetres: p.distance_m,
        inAlbum: p.in_album === 1,
      })),
    };
  }

  return {
    async myAssignments(actor: Actor) {
      visitAccess.require(actor, 'myEvalAssignments');
      const memberId = actor.memberId!;
      const mine = await visits.myCampaigns(db, memberId);
      const items = await Promise.all(
        mine.map(async (c) => {
          const [criteria, objects] = await Promise.all([
            campaigns.criteria(db, c.id),
            visits.myObjects(db, c.id, memberId, c.team_id),
          ]);
          const ordered = routeOrder(
            objects.map((o) => ({ ...o, id: o.id })),
            c.district,
          );
          return {
            campaign: {
              id: c.id,
              title: c.title,
              periodStart: c.starts_on,
              periodEnd: c.ends_on,
              criteria: criteria.map((x) => ({
                id: x.id,
                name: x.name,
                weight: x.weight,
                maxScore: x.max_score,
                guide: x.guide,
              })),
            },
            objects: ordered.map((o, i) => ({
              assignmentId: o.assignment_id,
              objectId: o.id,
              name: o.name,
              address: o.address,
              district: o.district,
              category: o.category,
              lat: o.lat,
              lon: o.lon,
              order: i + 1,
              visited: o.visit_id !== null,
            })),
          };
        }),
      );
      return { items };
    },

    /** Stores the visit, or answers the one this member already sent with that client id (`created` false). */
    async submit(
      actor: Actor,
      input: VisitBody,
    ): Promise<{ created: boolean; visit: Awaited<ReturnType<typeof view>> }> {
      if (actor.memberId === null) throw forbidden('NOT_A_MEMBER', '只有委员可以提交走访记录');
      const memberId = actor.memberId;
      const again = await visits.byClientId(db, memberId, input.clientId);
      if (again) return { created: false, visit: await view(db, again) };
      try {
        return await inTransaction(db, async (trx) => {
          const c = await campaigns.get(trx, input.campaignId);
          const participant = c ? await campaigns.isParticipant(trx, c.id, memberId) : null;
          if (!c || (!participant && !readsVisit(actor, { memberId: -1, orgId: c.org_id })))
            throw notFound('EVAL_CAMPAIGN_NOT_FOUND', '评议活动不存在');
          visitRules.authorize(actor, 'submitVisit', { status: c.status }, { participant: participant !== null });
          const object = await campaigns.object(trx, input.objectId);
          if (!object || object.campaign_id !== c.id) throw invalid('objectId', '评议对象不属于本次评议活动');
          const criteria = await campaigns.criteria(trx, c.id);
          const given = new Map(input.scores.map((s) => [s.criterionId, s.score]));
          if (given.size !== input.scores.length) throw invalid('scores', '每项指标只能打一个分');
          for (const cr of criteria) {
            const s = given.get(cr.id);
            if (s === undefined) throw invalid('scores', '每项评议指标都要打分');
            if (s > cr.max_score) throw invalid('scores', '分数超过该项指标的满分');
          }
          if (input.scores.some((s) => !criteria.some((cr) => cr.id === s.criterionId)))
            throw invalid('scores', '打分的指标不属于本次评议活动');
          if (new Set(input.photoIds).size !== input.photoIds.length) throw invalid('photoIds', '同一张照片提交了两次');
          if (input.visitedAt > new Date(clock.now().getTime() + 10 * 60_000).toISOString())
            throw invalid('visitedAt', '走访时间不能晚于现在');

          const at = clock.now().toISOString();
          const stored = await files.attach(trx, actor, input.photoIds, VISIT_FILE_OWNER, `pending:${input.clientId}`);
          if (stored.some((f) => !f.mime.startsWith('image/'))) throw invalid('photoIds', '走访照片须为图片');
          const byId = new Map(stored.map((f) => [f.id, f]));
          const photos = input.photoIds.map((fid) => byId.get(fid)!);
          const ev = evidenceOf(
            photos.map((p) => ({ takenAt: p.takenAt, position: p.gps })),
            { startsOn: c.starts_on, endsOn: c.ends_on },
            object,
          );
          const reasons: (EvidenceReason | 'not_assigned')[] = [...ev.reasons];
          if (!(await visits.isAssigned(trx, object.id, memberId, participant!.team_id))) reasons.push('not_assigned');
          const id = await visits.insert(trx, {
            campaign_id: c.id,
            object_id: object.id,
            member_id: memberId,
            client_id: input.clientId,
            visited_at: new Date(input.visitedAt).toISOString(),
            interviewee: input.interviewee,
            interview_notes: input.interviewNotes,
            comment: input.comment,
            score: weightedScore(
              criteria.map((x) => ({ id: x.id, weight: x.weight, maxScore: x.max_score })),
              given,
            ),
            evidence: reasons.length ? 'flagged' : 'ok',
            evidence_reasons: JSON.stringify(reasons),
            created_at: at,
          });
          // The files were claimed under the phone's id before the visit had its own; now its id.
          await trx
            .updateTable('files')
            .set({ owner_id: String(id) })
            .where('owner_type', '=', VISIT_FILE_OWNER)
            .where('owner_id', '=', `pending:${input.clientId}`)
            .execute();
          await visits.insertScores(trx, id, input.scores);
          const printCopies = await files.printCopies(trx, input.photoIds);
          await visits.insertPhotos(
            trx,
            id,
            photos.map((p, i) => ({
              fileId: p.id,
              printFileId: printCopies.get(p.id) ?? null,
              takenAt: p.takenAt,
              distance: ev.distances[i] ?? null,
            })),
          );
          await audit.append(trx, actor, {
            action: 'supervision.visit',
            objectType: 'supervision_visit',
            objectId: id,
            orgId: c.org_id,
            detail: { campaignId: c.id, objectId: object.id, photos: photos.length, evidence: reasons },
          });
          return { created: true, visit: await view(trx, (await visits.get(trx, id))!) };
        });
      } catch (err) {
        // The same visit sent twice at once: the second transaction meets the first's row.
        if (isUniqueViolation(err)) {
          const first = await visits.byClientId(db, memberId, input.clientId);
          if (first) return { created: false, visit: await view(db, first) };
        }
        throw err;
      }
    },

    async get(actor: Actor, id: number) {
      visitAccess.require(actor, 'readEvalVisit');
      const v = await visits.get(db, id);
      const c = v && (await campaigns.get(db, v.campaign_id));
      if (!v || !c || !readsVisit(actor, { memberId: v.member_id, orgId: c.org_id }))
        throw notFound('VISIT_NOT_FOUND', '走访记录不存在');
      return view(db, v);
    },

    async list(actor: Actor, campaignId: number, f: { objectId?: number; flagged?: '1' | '0' }) {
      visitAccess.require(actor, 'listEvalVisits');
      const c = await campaigns.get(db, campaignId);
      if (!c || !readsVisit(actor, { memberId: -1, orgId: c.org_id }))
        throw notFound('EVAL_CAMPAIGN_NOT_FOUND', '评议活动不存在');
      const rows = await visits.list(db, campaignId, {
        ...(f.objectId ? { objectId: f.objectId } : {}),
        ...(f.flagged ? { flagged: f.flagged === '1' } : {}),
      });
      return rows.map((v) => ({ ...summaryOf(v), photos: Number(v.photos ?? 0) }));
    },

    /** Whether the actor may read the photos of visit `visitId` (the files' owner check). */
    async mayReadPhotos(actor: Actor, visitId: number) {
      const v = await visits.get(db, visitId);
      const c = v && (await campaigns.get(db, v.campaign_id));
      return !!v && !!c && readsVisit(actor, { memberId: v.member_id, orgId: c.org_id });
    },
  };
}

export type VisitService = ReturnType<typeof createVisitService>;
