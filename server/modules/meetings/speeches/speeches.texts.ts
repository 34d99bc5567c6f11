// Wording of the notices speeches send to their authors.
import type { Decision } from './speeches.model.js';

const OUTCOME: Record<Decision, string> = {
  oral: '已安排为大会口头发言',
  written: '已收为书面交流',
  return: '已退回修改',
  reject: '未予采用',
};

export const speechTexts = {
  reviewed: (meetingTitle: string, speechTitle: string, d: Decision, note: string | null) => ({
    title: `发言${OUTCOME[d]}：${speechTitle}`,
    body: `您为“${meetingTitle}”提交的发言《${speechTitle}》${OUTCOME[d]}。${note ?? ''}`,
  }),
};
