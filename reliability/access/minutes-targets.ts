// The minutes and follow-ups each access-matrix bundle holds: a meeting under way since an
// hour (so its minutes can be published) with the matrix's invitees and its minutes published,
// and a follow-up of it given to the organisation's handling unit (in the city, the unit whose
// user the matrix signs in as).
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';
import type { Scenario } from '../support/scenario.js';

export interface MinutesTargets {
  /** A meeting with published minutes. */
  minutesMeeting: number;
  /** A follow-up owned by the bundle's handling unit. */
  followup: number;
}

export async function minutesTargets(
  s: Scenario,
  office: Client,
  kindId: number,
  memberIds: number[],
  unitId: number,
): Promise<MinutesTargets> {
  const now = s.ctx.clock.now().getTime();
  const m = (await ok(
    office.post('/api/meetings', {
      kindId,
      title: '社区居家养老服务提质协商座谈会',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 2 * 3_600_000).toISOString(),
      venue: '机关五楼协商室',
    }),
    'minutes meeting',
  )) as { id: number };
  await ok(office.post(`/api/meetings/${m.id}/invitations`, { audience: { memberIds } }), 'invite');
  await ok(office.post(`/api/meetings/${m.id}/publish`), 'publish');
  await ok(
    office.put(`/api/meetings/${m.id}/minutes`, { body: '会议就社区助餐点布局和运营补贴提出意见。' }),
    'minutes',
  );
  await ok(office.post(`/api/meetings/${m.id}/minutes/publish`), 'publish minutes');
  const [f] = (await ok(
    office.post(`/api/meetings/${m.id}/followups`, {
      title: '研究社区助餐点运营补贴标准',
      dueOn: '2026-06-30',
      owner: { unitId },
    }),
    'follow-up',
  )) as { id: number }[];
  return { minutesMeeting: m.id, followup: f!.id };
}
