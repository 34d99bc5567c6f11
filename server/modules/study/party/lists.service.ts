// The three responsibility lists (三张清单) of an organisation and year: items with an owner
// and a deadline, the office's progress notes and checks (达标/未达标/整改中); an item not
// checked by its deadline is overdue. Reads are the viewed organisation's; writes the office's own.
import type { z } from 'zod';
import { DUTY_LISTS } from '../../../db/tables/study-party.js';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest } from '../../../platform/errors.js';
import { isDone, isOverdue, listFigures } from './party.model.js';
import { editsViewed, partyAccess } from './party.policy.js';
import type { PartyDeps, PartyShared } from './party.service.js';
import type * as S from './party.schema.js';

export function createListService(deps: PartyDeps, shared: PartyShared) {
  const { db, party } = deps;

  async function read(actor: Actor, year: number | undefined): Promise<z.infer<typeof S.dutyLists>> {
    partyAccess.require(actor, 'readParty');
    const today = shared.today();
    const y = year ?? Number(today.slice(0, 4));
    const items = await party.items(db, actor.currentOrgId, y);
    const checks = await party.checksOf(
      db,
      items.map((i) => i.id),
    );
    const presented = items.map((i) => {
      const own = checks
        .filter((c) => c.item_id === i.id)
        .map((c) => ({ id: c.id, result: c.result, note: c.note, checkedOn: c.checked_on, by: c.by_name }));
      const latest = own.at(-1) ?? null;
      const facts = {
        due_on: i.due_on,
        latest: latest?.result ?? null,
        firstCheckedOn: own[0]?.checkedOn ?? null,
      };
      return {
        facts,
        item: {
          id: i.id,
          year: i.year,
          list: i.list,
          content: i.content,
          owner: i.owner,
          ownerMember: i.owner_member_id !== null ? { id: i.owner_member_id, name: i.owner_member_name ?? '' } : null,
          dueOn: i.due_on,
          progress: i.progress,
          progressAt: i.progress_at,
          latest,
          checks: own,
          done: isDone(facts),
          overdue: isOverdue(facts, today),
        },
      };
    });
    return {
      year: y,
      today,
      canEdit: editsViewed(actor),
      lists: DUTY_LISTS.map((list) => {
        const of = presented.filter((p) => p.item.list === list);
        return {
          ...listFigures(
            list,
            of.map((p) => p.facts),
            today,
          ),
          items: of.map((p) => p.item),
        };
      }),
    };
  }

  async function ownerMember(actor: Actor, id: number | null | undefined) {
    if (id === null || id === undefined) return null;
    return (await shared.pick(actor.orgId, id)).id;
  }

  return {
    read,

    async create(actor: Actor, input: z.infer<typeof S.createItemBody>) {
      partyAccess.require(actor, 'editParty');
      if (input.dueOn.slice(0, 4) !== String(input.year))
        throw badRequest('DUE_OUTSIDE_YEAR', '完成时限应在清单所属年度内');
      const ownerId = await ownerMember(actor, input.ownerMemberId);
      const at = shared.now();
      const id = await inTransaction(db, async (trx) => {
        const { id } = await party.insertItem(trx, {
          org_id: actor.orgId,
          year: input.year,
          list: input.list,
          content: input.content,
          owner: input.owner,
          owner_member_id: ownerId,
          due_on: input.dueOn,
          created_by: actor.userId,
          created_at: at,
          updated_at: at,
        });
        await shared.audit(trx, actor, 'party.item_create', 'party_duty_item', id, {
          list: input.list,
          year: input.year,
        });
        return id;
      });
      return { id };
    },

    async update(actor: Actor, id: number, input: z.infer<typeof S.updateItemBody>) {
      partyAccess.require(actor, 'editParty');
      const item = shared.own(actor, await party.item(db, id));
      if (input.dueOn !== undefined && input.dueOn.slice(0, 4) !== String(item.year))
        throw badRequest('DUE_OUTSIDE_YEAR', '完成时限应在清单所属年度内');
      const ownerId = input.ownerMemberId === undefined ? undefined : await ownerMember(actor, input.ownerMemberId);
      const at = shared.now();
      await inTransaction(db, async (trx) => {
        await party.updateItem(trx, id, {
          ...(input.content !== undefined && { content: input.content }),
          ...(input.owner !== undefined && { owner: input.owner }),
          ...(ownerId !== undefined && { owner_member_id: ownerId }),
          ...(input.dueOn !== undefined && { due_on: input.dueOn }),
          ...(input.progress !== undefined && { progress: input.progress || null, progress_at: at }),
          updated_at: at,
        });
        await shared.audit(trx, actor, 'party.item_update', 'party_duty_item', id, { fields: Object.keys(input) });
      });
      return { ok: true as const };
    },

    async remove(actor: Actor, id: number) {
      partyAccess.require(actor, 'editParty');
      const item = shared.own(actor, await party.item(db, id));
      await inTransaction(db, async (trx) => {
        await party.deleteItem(trx, id);
        await shared.audit(trx, actor, 'party.item_delete', 'party_duty_item', id, { content: item.content });
      });
      return { ok: true as const };
    },

    async check(actor: Actor, id: number, input: z.infer<typeof S.checkBody>) {
      partyAccess.require(actor, 'editParty');
      shared.own(actor, await party.item(db, id));
      if (input.checkedOn > shared.today()) throw badRequest('CHECK_IN_FUTURE', '检查日期不能晚于今天');
      const at = shared.now();
      const checkId = await inTransaction(db, async (trx) => {
        const { id: checkId } = await party.insertCheck(trx, {
          item_id: id,
          result: input.result,
          note: input.note || null,
          checked_on: input.checkedOn,
          by_user_id: actor.userId,
          created_at: at,
        });
        await party.updateItem(trx, id, { updated_at: at });
        await shared.audit(trx, actor, 'party.item_check', 'party_duty_item', id, {
          result: input.result,
          checkedOn: input.checkedOn,
        });
        return checkId;
      });
      return { id: checkId };
    },
  };
}

export type ListService = ReturnType<typeof createListService>;
