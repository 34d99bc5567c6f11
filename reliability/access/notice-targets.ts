// The notices each access-matrix bundle holds, made through the API by the organisation's
// office: one published to the meeting's invitees (the matrix's member among them in the city),
// a draft, and a published one to withdraw.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface NoticeTargets {
  published: number;
  draft: number;
  withdrawable: number;
}

export async function noticeTargets(office: Client, memberIds: number[]): Promise<NoticeTargets> {
  const make = async (title: string, publish: boolean) => {
    const { id } = (await ok(
      office.post('/api/meeting-notices', {
        title,
        body: '请各位委员按时参加，并提前阅读会议材料。',
        audience: { memberIds },
      }),
      `notice ${title}`,
    )) as { id: number };
    if (publish) await ok(office.post(`/api/meeting-notices/${id}/publish`), 'publish notice');
    return id;
  };
  return {
    published: await make('关于参加乡村振兴人才引育座谈会的通知', true),
    draft: await make('关于报送年度履职情况的通知', false),
    withdrawable: await make('关于调整学习讲座时间的通知', true),
  };
}
