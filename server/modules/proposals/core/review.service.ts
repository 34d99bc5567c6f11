// Review by the proposals office (审查/立案): accept and number, reject with a configured
// reason, convert into a social-conditions opinion, return for revision, merge similar
// proposals into one (并案), and the same steps for many proposals at once.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { AppError, badRequest, invalid } from '../../../platform/errors.js';
import type { ProposalStep } from '../proposals.policy.js';
import { coreAccess } from './proposals.policy.js';
import type { ProposalRow } from './proposals.repo.js';
import { loadForStep, nowIso, tellProposers, type ProposalDeps } from './proposals.service.js';
import { proposalName } from './proposals.texts.js';
import { loadSettings } from '../settings/settings.repo.js';
import { nextState } from './lifecycle.model.js';

export function seriesKey(p: Pick<ProposalRow, 'term_id' | 'session_id'>): string {
  return p.session_id ? `t${p.term_id}-s${p.session_id}` : `t${p.term_id}-interim`;
}

export function createReviewService(deps: ProposalDeps) {
  const { db, repo, audit, clock } = deps;

  async function loadForOffice(trx: Db, actor: Actor, id: number, step: ProposalStep): Promise<ProposalRow> {
    return (await loadForStep(deps, actor, id, step, trx)).p;
  }

  const tell = (trx: Db, p: ProposalRow, kind: string, title: string, body: string) =>
    tellProposers(deps, trx, p, { kind, title, body });

  async function numberLabel(trx: Db, p: ProposalRow, n: number): Promise<string> {
    const padded = String(n).padStart(4, '0');
    if (p.session_id) {
      const session = await repo.session(trx, p.session_id);
      return `${session?.name ?? ''} 第${padded}号`;
    }
    const term = await repo.term(trx, p.term_id);
    return `${term?.name ?? ''}会后 第${padded}号`;
  }

  const steps = {
    async accept(actor: Actor, id: number, input: { category?: string; isPublic?: boolean; note?: string } = {}) {
      return inTransaction(db, async (trx) => {
        const p = await loadForOffice(trx, actor, id, 'accept');
        const to = nextState('accept', p.state);
        if (input.category) {
          const settings = await loadSettings(trx, p.org_id);
          if (!settings.categories.includes(input.category)) {
            throw invalid('category', '类别不在本组织的类别列表中');
          }
        }
        const series = seriesKey(p);
        const number = await repo.nextNumber(trx, p.org_id, series);
        const label = await numberLabel(trx, p, number);
        const updated = await repo.update(trx, id, {
          state: to,
          series,
          number,
          number_label: label,
          reviewed_at: nowIso(clock),
          review_note: input.note ?? null,
          ...(input.category && { category: input.category }),
          ...(input.isPublic !== undefined && { is_public: input.isPublic ? 1 : 0 }),
          updated_at: nowIso(clock),
        });
        // Co-proposers who have not answered by now are not on the numbered proposal.
        await repo.expireInvitations(trx, id, nowIso(clock));
        await audit.append(trx, actor, {
          action: 'proposal.accept',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { number: label },
        });
        await tell(trx, updated, 'proposal.accepted', '提案已立案', `您的提案《${p.title}》已立案，编号为${label}。`);
        return id;
      });
    },

    async reject(actor: Actor, id: number, input: { reason: string; note?: string }) {
      return inTransaction(db, async (trx) => {
        const p = await loadForOffice(trx, actor, id, 'reject');
        const to = nextState('reject', p.state);
        const settings = await loadSettings(trx, p.org_id);
        if (!settings.rejectReasons.includes(input.reason)) {
          throw invalid('reason', '请从本组织设定的不予立案理由中选择');
        }
        const updated = await repo.update(trx, id, {
          state: to,
          reject_reason: input.reason,
          review_note: input.note ?? null,
          reviewed_at: nowIso(clock),
          updated_at: nowIso(clock),
        });
        await repo.expireInvitations(trx, id, nowIso(clock));
        await audit.append(trx, actor, {
          action: 'proposal.reject',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
          detail: { reason: input.reason },
        });
        await tell(
          trx,
          updated,
          'proposal.rejected',
          '提案不予立案',
          `您的提案《${p.title}》不予立案。理由：${input.reason}${input.note ? `。${input.note}` : ''}`,
        );
        return id;
      });
    },

    async convert(actor: Actor, id: number, input: { note?: string }) {
      return inTransaction(db, async (trx) => {
        const p = await loadForOffice(trx, actor, id, 'convert');
        const to = nextState('convert', p.state);
        const updated = await repo.update(trx, id, {
          state: to,
          review_note: input.note ?? null,
          reviewed_at: nowIso(clock),
          updated_at: nowIso(clock),
        });
        await repo.expireInvitations(trx, id, nowIso(clock));
        await audit.append(trx, actor, {
          action: 'proposal.convert',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        // The report takes the proposal's text and its signed proposers, lead first.
        const proposers = (await repo.proposers(trx, id)).filter((x) => x.status === 'accepted');
        const memberIds = [
          ...proposers.filter((x) => x.role === 'lead'),
          ...proposers.filter((x) => x.role !== 'lead'),
        ].map((x) => x.member_id);
        for (const handler of deps.converted ?? [])
          await handler(trx, {
            orgId: p.org_id,
            proposalId: id,
            title: p.title,
            body: [p.reasons.trim(), p.suggestions.trim()].filter(Boolean).join('\n\n'),
            memberIds,
            byUserId: actor.userId,
          });
        await tell(
          trx,
          updated,
          'proposal.converted',
          '提案转为社情民意信息',
          `您的提案《${p.title}》经审查转为社情民意信息办理，原文和提案人保持不变。`,
        );
        return id;
      });
    },

    async return(actor: Actor, id: number, input: { note?: string }) {
      if (!input.note) throw invalid('note', '请写明退回修改的意见');
      return inTransaction(db, async (trx) => {
        const p = await loadForOffice(trx, actor, id, 'return');
        const to = nextState('return', p.state);
        const updated = await repo.update(trx, id, {
          state: to,
          review_note: input.note ?? null,
          updated_at: nowIso(clock),
        });
        await audit.append(trx, actor, {
          action: 'proposal.return',
          objectType: 'proposal',
          objectId: id,
          orgId: p.org_id,
        });
        await tell(
          trx,
          updated,
          'proposal.returned',
          '提案退回修改',
          `您的提案《${p.title}》被退回修改：${input.note}`,
        );
        return id;
      });
    },
  };

  return {
    ...steps,

    /** Each proposal is its own transaction: one failure does not undo the others, and each result says why. */
    async batch(
      actor: Actor,
      input: { ids: number[]; action: 'accept' | 'reject' | 'return' | 'convert'; reason?: string; note?: string },
    ) {
      // Only the proposals office reviews: anyone else is refused outright, not item by item.
      coreAccess.require(actor, 'review');
      const results: { id: number; ok: boolean; code?: string; message?: string }[] = [];
      for (const id of [...new Set(input.ids)]) {
        try {
          if (input.action === 'reject') {
            if (!input.reason) throw invalid('reason', '请选择不予立案理由');
            await steps.reject(actor, id, { reason: input.reason, note: input.note });
          } else await steps[input.action](actor, id, { note: input.note });
          results.push({ id, ok: true });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          results.push({ id, ok: false, code: err.code, message: err.localizedMessage('zh-CN') });
        }
      }
      return { results };
    },

    /** 并案: the others go into the main proposal; their proposers keep credit on it. */
    async merge(actor: Actor, input: { mainId: number; otherIds: number[]; note?: string }) {
      const otherIds = [...new Set(input.otherIds)].filter((x) => x !== input.mainId);
      if (!otherIds.length) throw invalid('otherIds', '请选择要并入的其他提案');
      return inTransaction(db, async (trx) => {
        const main = await loadForOffice(trx, actor, input.mainId, 'mergeInto');
        let sort = 100;
        for (const otherId of otherIds) {
          const other = await loadForOffice(trx, actor, otherId, 'mergeAway');
          if (other.org_id !== main.org_id) throw badRequest('MERGE_ACROSS_ORGS', '只能合并本组织的提案');
          await repo.update(trx, otherId, {
            state: nextState('mergeAway', other.state),
            merged_into_id: main.id,
            review_note: input.note ?? null,
            reviewed_at: nowIso(clock),
            updated_at: nowIso(clock),
          });
          await repo.expireInvitations(trx, otherId, nowIso(clock));
          for (const x of await repo.proposers(trx, otherId)) {
            if (x.status !== 'accepted') continue;
            await repo.addProposer(trx, {
              proposal_id: main.id,
              member_id: x.member_id,
              role: 'merged',
              status: 'accepted',
              sort_order: sort++,
              invited_at: null,
              invite_deadline: null,
              responded_at: nowIso(clock),
              via_proposal_id: otherId,
            });
          }
          await audit.append(trx, actor, {
            action: 'proposal.merged_away',
            objectType: 'proposal',
            objectId: otherId,
            orgId: other.org_id,
            detail: { into: main.id },
          });
          await tell(
            trx,
            other,
            'proposal.merged',
            '提案已并案办理',
            `您的提案《${other.title}》已并入${proposalName(main)}一并办理，您仍为提案人。`,
          );
        }
        await repo.update(trx, main.id, { updated_at: nowIso(clock) });
        await audit.append(trx, actor, {
          action: 'proposal.merge',
          objectType: 'proposal',
          objectId: main.id,
          orgId: main.org_id,
          detail: { merged: otherIds },
        });
        return main.id;
      });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
