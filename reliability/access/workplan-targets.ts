// The work-plan records each access-matrix bundle holds: the year's priorities with an item, a
// "four jointly" topic just proposed, a research report with a SMART draft recommendation (to
// send) and one already sent to the bundle's handling unit (in the city, the unit whose user the
// matrix signs in as), a strategic theme, a leader's visit and a request for opinions. Made through the API by the organisation's office.
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
  theme: number;
  visit: number;
  request: number;
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
  const theme = await office.post('/api/workplan/themes', { name: '城乡融合发展', startsOn: '2026-01-01' });
  const visit = await office.post('/api/workplan/leaders/visits', {
    role: 'mayor',
    leaderName: '赵启航',
    visitedOn: '2026-01-15',
    purpose: '听取政协年度工作安排',
  });
  const request = await office.post('/api/workplan/leaders/requests', {
    title: '关于全市综合交通规划（征求意见稿）',
    draft: '规划草案全文。',
    askedBy: '市交通运输局',
    askedOn: '2026-02-01',
    deadline: '2026-03-01',
  });
  return {
    priorities: id,
    item: itemId,
    topic: topic.json().id,
    report: reportId,
    draft,
    sent,
    unit,
    theme: theme.json().id,
    visit: visit.json().id,
    request: request.json().id,
  };
}
