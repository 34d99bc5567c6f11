// The work-plan records each access-matrix bundle holds: the year's priorities with an item, a
// "four jointly" topic just proposed, a research report with a SMART draft recommendation (to
// send) and one already sent to the bundle's handling unit (in the city, the unit whose user the
// matrix signs in as). Made through the API by the organisation's office.
import { prioritiesWithItem } from '../../server/modules/workplan/workplan.test-helpers.js';
import type { Client } from '../../server/test/harness.js';

export interface WorkplanTargets {
  priorities: number;
  item: number;
  topic: number;
  report: number;
  draft: number;
  sent: number;
  unit: number;
}

export async function workplanTargets(office: Client, unit: number): Promise<WorkplanTargets> {
  const { id, itemId } = await prioritiesWithItem(office, 2026);
  const topic = await office.post('/api/workplan/topics', {
    year: 2026,
    title: '推进城乡供水一体化',
    summary: '党委、政府、政协共同确定的年度课题。',
    proposedBy: 'government',
  });
  const report = await office.post('/api/workplan/reports', {
    year: 2026,
    title: '关于城乡供水一体化的调研报告',
    summary: '走访水厂4座、行政村11个。',
  });
  const reportId = report.json().id as number;
  const rec = async (title: string) =>
    (
      await office.post(`/api/workplan/reports/${reportId}/recommendations`, {
        title,
        metric: '农村自来水普及率',
        target: '99%',
        actions: '实施管网延伸工程',
        unitId: unit,
        accountablePerson: '分管副局长',
        dueOn: '2026-12-31',
      })
    ).json().id as number;
  const draft = await rec('加快老旧管网改造');
  const sent = await rec('建立村级管水员制度');
  await office.post(`/api/workplan/recommendations/${sent}/send`);
  return { priorities: id, item: itemId, topic: topic.json().id, report: reportId, draft, sent, unit };
}
