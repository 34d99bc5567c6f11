// Wording of the notices the meeting itself sends, and of its reminders.
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
  replyDue: (title: string, deadline: string) => ({
    title: `请回复会议通知：${title}`,
    body: `回复截止时间为${when(deadline)}，您尚未回复是否参加。`,
  }),
  startsSoon: (title: string, startsAt: string, venue: string | null, online: boolean) => ({
    title: `会议提醒：${title}`,
    body: `将于${when(startsAt)}召开${venue ? `，地点：${venue}` : ''}${online ? '；可通过线上会议参加' : ''}。`,
  }),
  cancelled: (title: string, reason: string | null) => ({
    title: `会议取消：${title}`,
    body: reason ? `取消原因：${reason}` : '该会议已取消。',
  }),
};
