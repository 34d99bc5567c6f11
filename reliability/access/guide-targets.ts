// The plenary guide each access-matrix bundle holds on its main meeting, made through the API by
// the organisation's office: the guide itself, two agenda items and two groups (one of each to
// change, one to delete), and the invitee whose seat and lodging the office sets.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { chinaDate } from '../../server/platform/clock.js';
import type { Client } from '../../server/test/harness.js';

export interface GuideTargets {
  item: number;
  spareItem: number;
  group: number;
  spareGroup: number;
  member: number;
  /** The meeting's first day, for agenda items. */
  day: string;
}

export async function guideTargets(
  office: Client,
  meeting: { id: number; startsAt: string },
  member: number,
): Promise<GuideTargets> {
  const G = (rest = '') => `/api/meetings/${meeting.id}/guide${rest}`;
  const day = chinaDate(new Date(meeting.startsAt));
  await ok(office.put(G(), { notes: '请于会前半小时到场报到。' }), 'guide');
  type Guide = { agenda: { id: number; title: string }[]; groups: { id: number; name: string }[] };
  const add = async (path: string, body: object) => (await ok(office.post(G(path), body), path)) as Guide;
  await add('/agenda', { day, startTime: '09:00', title: '开幕' });
  await add('/agenda', { day, startTime: '15:00', title: '闭幕' });
  await add('/groups', { name: '第一组', room: '二楼201室' });
  const g = await add('/groups', { name: '第二组', room: '三楼305室' });
  await ok(office.post(G('/assign'), { groupId: g.groups[0]!.id, memberIds: [member] }), 'assign');
  return {
    item: g.agenda[0]!.id,
    spareItem: g.agenda[1]!.id,
    group: g.groups[0]!.id,
    spareGroup: g.groups[1]!.id,
    member,
    day,
  };
}
