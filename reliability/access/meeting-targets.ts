// The meetings each access-matrix bundle holds (one set per organisation), made through the
// API by the organisation's office: a published must-attend symposium under way within the
// check-in window (its invitees: the matrix's member where he belongs there, a member who has
// asked for leave, a member for the office's hand check-in and check-out), a member for a
// walk-in, a draft to publish, a meeting to cancel, the leave-taker's calendar feed, and the
// door code of the moment, and notices to the same invitees (the
// suite's clock does not move, so it stays good for the whole run).
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { createMember } from '../../server/test/fixtures.js';
import type { Client } from '../../server/test/harness.js';
import type { Scenario } from '../support/scenario.js';
import { guideTargets, type GuideTargets } from './guide-targets.js';
import { minutesTargets, type MinutesTargets } from './minutes-targets.js';
import { noticeTargets, type NoticeTargets } from './notice-targets.js';
import { questionTargets, type QuestionTargets } from './question-targets.js';

export interface MeetingTargets extends MinutesTargets {
  /** A kind the office may edit, and the kind new meetings are made of. */
  kind: number;
  symposiumKind: number;
  meeting: number;
  code: string;
  leaveInvitation: number;
  deskInvitation: number;
  walkInMember: number;
  /** A guest of the main meeting with a phone, checked in (so removing him is a 409, not a loss). */
  guest: number;
  draft: number;
  cancellable: number;
  /** The leave-taker's private calendar feed (its secret address). */
  feedPath: string;
  /** The speaker's own speech (waiting for review), and the leave-taker's, accepted as oral (the programme's one). */
  ownSpeech: number;
  oralSpeech: number;
  notices: NoticeTargets;
  /** A forum under way with a waiting question and both links on. */
  questions: QuestionTargets;
  guide: GuideTargets;
}

export async function meetingTargets(
  s: Scenario,
  org: { id: number; term: number; sector: number; unit: number },
  office: Client,
  people: {
    invitees: number[];
    leaveTaker: { member: number; client: Client };
    desk: number;
    /** An invitee who hands in a speech (the leave-taker when none is given). */
    speaker?: Client;
  },
): Promise<MeetingTargets> {
  const kinds = (await ok(office.get('/api/meeting-kinds'), 'meeting kinds')) as { id: number; code: string }[];
  const kindId = (code: string) => kinds.find((k) => k.code === code)!.id;
  const now = s.ctx.clock.now().getTime();
  const at = (min: number) => new Date(now + min * 60_000).toISOString();
  const meeting = (title: string, startsInMin: number, hours: number) =>
    ok(
      office.post('/api/meetings', {
        kindId: kindId('symposium'),
        title,
        startsAt: at(startsInMin),
        endsAt: new Date(now + startsInMin * 60_000 + hours * 3_600_000).toISOString(),
        venue: '机关二楼小会议室',
      }),
      `meeting ${title}`,
    ) as Promise<{ id: number }>;
  const publish = async (id: number) => ok(office.post(`/api/meetings/${id}/publish`), 'publish meeting');

  const main = await meeting('乡村振兴人才引育座谈会', 30, 8);
  const walkInMember = await createMember(s.ctx.platform, {
    orgId: org.id,
    termId: org.term,
    name: org.id === s.fx.city ? '陈立新' : '孙丽娟',
    sectorId: org.sector,
  });
  const memberIds = [...people.invitees, people.leaveTaker.member, people.desk];
  await ok(office.post(`/api/meetings/${main.id}/invitations`, { audience: { memberIds } }), 'invite');
  await publish(main.id);
  await ok(
    people.leaveTaker.client.post(`/api/meetings/${main.id}/leave`, { reason: '同日参加市人大常委会专题询问' }),
    'leave',
  );
  const list = (await ok(office.get(`/api/meetings/${main.id}/invitations?pageSize=50`), 'invitations')) as {
    items: { id: number; memberId: number }[];
  };
  const invitationOf = (memberId: number) => list.items.find((i) => i.memberId === memberId)!.id;
  const { code } = (await ok(office.get(`/api/meetings/${main.id}/checkin-code`), 'code')) as { code: string };
  const guest = (await ok(
    office.post(`/api/meetings/${main.id}/guests`, {
      name: org.id === s.fx.city ? '顾文涛' : '钱淑芬',
      kind: 'expert',
      affiliation: '市职业技术学院教授',
      phone: '13705710986',
    }),
    'guest',
  )) as { invitationId: number };
  await ok(office.post(`/api/meetings/${main.id}/invitations/${guest.invitationId}/checkin`), 'guest check-in');

  const feed = (await ok(people.leaveTaker.client.post('/api/meetings/calendar-feed'), 'calendar feed')) as {
    path: string;
  };
  const speech = (c: Client, title: string) =>
    ok(
      c.post(`/api/meetings/${main.id}/speeches`, {
        title,
        body: '建议整合职业院校与园区企业的实训资源，按产业链共建实训基地，由人社部门统一认定技能等级，让返乡青年学得会、留得住、干得好。',
      }),
      'speech',
    ) as Promise<{ id: number }>;
  const oralSpeech = await speech(people.leaveTaker.client, '以产教融合留住返乡青年');
  await ok(office.post(`/api/meetings/${main.id}/speeches/${oralSpeech.id}/review`, { decision: 'oral' }), 'review');
  const ownSpeech = people.speaker ? await speech(people.speaker, '为乡村引才育才搭好平台') : oralSpeech;

  const draft = await meeting('文化旅游融合发展调研座谈会', 7 * 24 * 60, 2);
  const cancellable = await meeting('养老服务体系建设协商座谈会', 14 * 24 * 60, 2);
  await publish(cancellable.id);
  return {
    kind: kindId('forum'),
    symposiumKind: kindId('symposium'),
    meeting: main.id,
    code,
    leaveInvitation: invitationOf(people.leaveTaker.member),
    deskInvitation: invitationOf(people.desk),
    walkInMember,
    guest: guest.invitationId,
    draft: draft.id,
    cancellable: cancellable.id,
    feedPath: feed.path,
    ...(await minutesTargets(s, office, kindId('symposium'), memberIds, org.unit)),
    ownSpeech: ownSpeech.id,
    oralSpeech: oralSpeech.id,
    notices: await noticeTargets(office, memberIds),
    questions: await questionTargets(office, people.leaveTaker.client, kindId('forum'), memberIds, now),
    guide: await guideTargets(office, { id: main.id, startsAt: at(30) }, people.desk),
  };
}
