// The checks of an inspection's input against the organisation: planned dates, the leader, the
// participants (its own active roster) and the units (its own active handling units). Each
// refusal is a 400 naming the field.
import type { Db } from '../../../db/tx.js';
import { invalid } from '../../../platform/errors.js';
import { daysBetween } from '../../../platform/workdays.js';
import type { InspectionRepo } from './inspections.repo.js';
import type { CreateInspection } from './inspections.schema.js';

/** An inspection lasts a month at most: a longer one is a typing error. */
const MAX_DAYS = 31;

export function createInspectionChecks(inspections: InspectionRepo) {
  function checkDates(startsOn: string, endsOn: string) {
    if (endsOn < startsOn) throw invalid('endsOn', '结束日期不能早于开始日期');
    if (daysBetween(startsOn, endsOn) > MAX_DAYS) throw invalid('endsOn', '视察时间不能超过一个月');
  }

  /** The leader named by a request, checked: a member of the roster or an account of the organisation. */
  async function leaderOf(trx: Db, orgId: number, leader: CreateInspection['leader']) {
    if (!leader) return { leader_member_id: null, leader_user_id: null };
    if ('memberId' in leader) {
      const [ok] = await inspections.activeMembersOf(trx, orgId, [leader.memberId]);
      if (!ok) throw invalid('leader.memberId', '带队委员不存在或不属于本单位');
      return { leader_member_id: ok, leader_user_id: null };
    }
    const u = await inspections.userOf(trx, leader.userId);
    if (!u || u.org_id !== orgId || u.active !== 1 || u.member_id !== null || u.unit_id !== null)
      throw invalid('leader.userId', '带队领导账号不存在或不属于本单位');
    return { leader_member_id: null, leader_user_id: u.id };
  }

  async function checkMembers(trx: Db, orgId: number, memberIds: readonly number[], path: string) {
    if (new Set(memberIds).size !== memberIds.length) throw invalid(path, '委员重复');
    const found = await inspections.activeMembersOf(trx, orgId, memberIds);
    if (found.length !== memberIds.length) throw invalid(path, '所选委员不存在、已不在任或不属于本单位');
  }

  async function checkUnit(trx: Db, orgId: number, unitId: number | null | undefined, path: string) {
    if (unitId === null || unitId === undefined) return;
    const u = await inspections.unitOf(trx, unitId);
    if (!u || u.org_id !== orgId) throw invalid(path, '承办单位不存在');
    if (u.active !== 1) throw invalid(path, '承办单位已停用');
  }

  return { checkDates, leaderOf, checkMembers, checkUnit };
}
