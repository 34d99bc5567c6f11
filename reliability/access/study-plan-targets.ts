// The study plan's and the learning exchange's records each access-matrix bundle holds, made
// through the API by the organisation's office: plan items (one to edit, one to delete, one with
// a linked session to unlink), a published study meeting free to link, and the exchange's
// attendees (the organisation's member the matrix signs in as, first) for the current month.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { chinaDate } from '../../server/platform/clock.js';
import type { Client } from '../../server/test/harness.js';
import type { Scenario } from '../support/scenario.js';

export interface StudyPlanTargets {
  item: number;
  deletable: number;
  linked: number;
  linkedMeeting: number;
  freeMeeting: number;
  /** The current month (YYYY-MM), open for writing. */
  month: string;
  /** The exchange's attendees; the first is the member who writes in the own cells. */
  attendees: number[];
}

export async function studyPlanTargets(s: Scenario, office: Client, attendees: number[]): Promise<StudyPlanTargets> {
  const today = chinaDate(s.ctx.clock.now());
  const kinds = (await ok(office.get('/api/meeting-kinds'), 'meeting kinds')) as { id: number; code: string }[];
  const meeting = async (title: string, inDays: number) => {
    const start = s.ctx.clock.now().getTime() + inDays * 86_400_000;
    const { id } = (await ok(
      office.post('/api/meetings', {
        kindId: kinds.find((k) => k.code === 'study_party_group')!.id,
        title,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * 3_600_000).toISOString(),
        venue: '机关四楼学习室',
      }),
      `meeting ${title}`,
    )) as { id: number };
    await ok(office.post(`/api/meetings/${id}/publish`), 'publish');
    return id;
  };
  const item = async (topic: string) =>
    (
      (await ok(
        office.post('/api/study/plan/items', {
          studyKind: 'party_group',
          topic,
          plannedOn: today.slice(0, 7),
          attendees: '党组成员',
        }),
        `plan item ${topic}`,
      )) as { id: number }
    ).id;
  const linked = await item('学习贯彻党的二十届四中全会精神');
  const linkedMeeting = await meeting('党组理论学习中心组专题学习', 3);
  await ok(office.post(`/api/study/plan/items/${linked}/sessions`, { meetingId: linkedMeeting }), 'link');
  await ok(office.put('/api/study/exchange/attendees', { memberIds: attendees }), 'exchange attendees');
  return {
    item: await item('学习人民政协理论'),
    deletable: await item('待删除的计划事项'),
    linked,
    linkedMeeting,
    freeMeeting: await meeting('党组理论学习中心组集中学习', 5),
    month: today.slice(0, 7),
    attendees,
  };
}
