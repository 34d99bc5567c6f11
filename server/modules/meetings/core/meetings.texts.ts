// Wording of the notices the meeting itself sends.
const when = (startsAt: string) =>
  new Date(startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });

export const meetingTexts = {
  published: (title: string, startsAt: string, venue: string | null) => ({
    title: `会议通知：${title}`,
    body: `${when(startsAt)}${venue ? `，${venue}` : ''}。请在“我的会议”中回复是否参加。`,
  }),
  changed: (title: string, startsAt: string, venue: string | null) => ({
    title: `会议变更：${title}`,
    body: `时间或地点已调整，现为${when(startsAt)}${venue ? `，${venue}` : ''}。`,
  }),
  cancelled: (title: string, reason: string | null) => ({
    title: `会议取消：${title}`,
    body: reason ? `取消原因：${reason}` : '该会议已取消。',
  }),
};
