// The study materials each access-matrix bundle holds, made through the API by the
// organisation's office: one published to the matrix's member of that organisation (opened by
// him, so a heartbeat is counted), a draft, and a published one to withdraw.
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface StudyMaterialTargets {
  published: number;
  draft: number;
  withdrawable: number;
}

export async function studyMaterialTargets(office: Client, member: Client, memberId: number) {
  const make = async (title: string, publish: boolean) => {
    const { id } = (await ok(
      office.post('/api/study/materials', {
        kind: 'article',
        title,
        summary: '结合履职实际，学习领会相关要求。',
        body: '一、提高政治站位。\n二、增强履职本领。',
        minutes: 10,
        audience: { memberIds: [memberId] },
      }),
      `material ${title}`,
    )) as { id: number };
    if (publish) await ok(office.post(`/api/study/materials/${id}/publish`), 'publish material');
    return id;
  };
  const published = await make('学习贯彻人民政协工作会议精神', true);
  await ok(member.post(`/api/study/materials/${published}/open`), 'open material');
  return {
    published,
    draft: await make('协商民主理论读本导读', false),
    withdrawable: await make('委员履职能力提升读本', true),
  } satisfies StudyMaterialTargets;
}
