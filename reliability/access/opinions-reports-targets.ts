// The 社情民意 records each access-matrix bundle holds, made through the API: a report of the
// organisation's member (to read, edit, adopt, decline), an adopted one with a leader's
// instruction (forwarding, instructions, follow-up), and a draft issue of the bulletin holding
// another adopted report (arranging, publishing, the Word issue).
import { ok } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface ReportTargets {
  report: number;
  adopted: number;
  instruction: number;
  bulletin: number;
  /** An adopted report free for the issue. */
  forIssue: number;
  year: number;
}

export async function reportTargets(office: Client, member: Client, year: number): Promise<ReportTargets> {
  const submit = async (title: string) =>
    (
      (await ok(
        member.post('/api/opinions/reports', {
          title,
          body: '群众反映城区部分路段早晚高峰拥堵严重，学校周边接送车辆占道停放。建议优化信号灯配时，设置临时停车接送区。',
        }),
        `report ${title}`,
      )) as { id: number }
    ).id;
  const adopt = async (id: number) => ok(office.post(`/api/opinions/reports/${id}/adopt`, {}), 'adopt');
  const report = await submit('关于缓解学校周边交通拥堵的建议');
  const adopted = await submit('关于优化城区信号灯配时的建议');
  await adopt(adopted);
  const { id: instruction } = (await ok(
    office.post(`/api/opinions/reports/${adopted}/instructions`, {
      leader: '市政府分管副市长',
      level: 'city',
      instructedOn: `${year}-03-02`,
      text: '请市公安局交警支队研究办理。',
    }),
    'instruction',
  )) as { id: number };
  const forIssue = await submit('关于设置学校临时停车接送区的建议');
  await adopt(forIssue);
  const { id: bulletin } = (await ok(office.post('/api/opinions/bulletins', { year }), 'bulletin')) as { id: number };
  await ok(office.put(`/api/opinions/bulletins/${bulletin}/items`, { reportIds: [forIssue] }), 'arrange');
  return { report, adopted, instruction, bulletin, forIssue, year };
}
