// Requests for opinions before decisions (征求意见): the office records the draft plan or major
// project, who asked and by when; then the CPPCC's answer (once), then what of it was adopted
// (adopted, partly, not; the latter two with a note). Each write authorises through the rules,
// runs in one transaction and appends one audit entry.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { AdoptionKind } from '../../../db/tables/workplan-engagement.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { readsWorkplan } from '../scope.policy.js';
import { engagementAccess, engagementRules } from './leaders.policy.js';
import type { RequestRow } from './leaders.repo.js';
import type { EngagementDeps } from './leaders.service.js';
import type { RequestInput } from './leaders.schema.js';

/** Not answered and its deadline passed. */
export const isOverdue = (r: { answer: string | null; deadline: string }, today: string) =>
  r.answer === null && r.deadline < today;

export function createRequestService(deps: EngagementDeps) {
  const { db, clock, audit, engagement: repo } = deps;
  const now = () => clock.now().toISOString();

  const subject = (r: RequestRow) => ({ orgId: r.org_id, answered: r.answer !== null });
  const present = (actor: Actor, r: RequestRow) => ({
    id: r.id,
    title: r.title,
    draft: r.draft,
    askedBy: r.asked_by,
    askedOn: r.asked_on,
    deadline: r.deadline,
    answer: r.answer,
    answeredOn: r.answered_on,
    adoption: r.adoption,
    adoptionNote: r.adoption_note,
    overdue: isOverdue(r, chinaToday(clock)),
    allowedActions: engagementRules.allowed(actor, subject(r), null).filter((s) => s !== 'editVisit'),
  });

  async function load(trx: Db, actor: Actor, id: number, step: 'answerRequest' | 'recordAdoption') {
    const r = await repo.request(trx, id);
    if (!r || !readsWorkplan(actor, r.org_id)) throw notFound('REQUEST_NOT_FOUND', '征求意见不存在');
    engagementRules.authorize(actor, step, subject(r), null);
    return r;
  }

  return {
    async list(actor: Actor, year: number) {
      engagementAccess.require(actor, 'readEngagement');
      return (await repo.requests(db, actor.currentOrgId, year)).map((r) => present(actor, r));
    },

    async create(actor: Actor, input: RequestInput) {
      engagementAccess.require(actor, 'createRequest');
      if (input.deadline < input.askedOn) throw invalid('deadline', '答复期限不能早于征求日期');
      const id = await inTransaction(db, async (trx) => {
        const at = now();
        const id = await repo.insertRequest(trx, {
          org_id: actor.orgId,
          title: input.title,
          draft: input.draft,
          asked_by: input.askedBy,
          asked_on: input.askedOn,
          deadline: input.deadline,
          answer: null,
          answered_on: null,
          adoption: null,
          adoption_note: null,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await audit.append(trx, actor, {
          action: 'workplan.request_create',
          objectType: 'workplan_opinion_request',
          objectId: id,
          orgId: actor.orgId,
        });
        return id;
      });
      return present(actor, (await repo.request(db, id))!);
    },

    async answer(actor: Actor, id: number, input: { answer: string; answeredOn: string }) {
      await inTransaction(db, async (trx) => {
        const r = await load(trx, actor, id, 'answerRequest');
        if (input.answeredOn < r.asked_on) throw invalid('answeredOn', '答复日期不能早于征求日期');
        await repo.updateRequest(trx, id, { answer: input.answer, answered_on: input.answeredOn, updated_at: now() });
        await audit.append(trx, actor, {
          action: 'workplan.request_answer',
          objectType: 'workplan_opinion_request',
          objectId: id,
          orgId: r.org_id,
        });
      });
      return present(actor, (await repo.request(db, id))!);
    },

    /** What of the answer was adopted; may be corrected later (the decision's text can come in parts). */
    async adoption(actor: Actor, id: number, input: { adoption: AdoptionKind; note?: string | null }) {
      if (input.adoption !== 'adopted' && !input.note) throw invalid('note', '部分采纳或未采纳须说明情况');
      await inTransaction(db, async (trx) => {
        const r = await load(trx, actor, id, 'recordAdoption');
        await repo.updateRequest(trx, id, {
          adoption: input.adoption,
          adoption_note: input.note ?? null,
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'workplan.request_adoption',
          objectType: 'workplan_opinion_request',
          objectId: id,
          orgId: r.org_id,
          detail: { adoption: input.adoption },
        });
      });
      return present(actor, (await repo.request(db, id))!);
    },
  };
}

export type RequestService = ReturnType<typeof createRequestService>;
