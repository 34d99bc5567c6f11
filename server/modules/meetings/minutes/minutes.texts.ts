// Wording of the notices minutes and follow-ups send.
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const minutesTexts = {
  published: (title: string) => ({
    title: `会议纪要已印发：${title}`,
    body: '会议纪要已发布，可在会议页面查阅。',
  }),
  assigned: (meetingTitle: string, title: string, dueOn: string) => ({
    title: `督办事项：${title}`,
    body: `来自“${meetingTitle}”，请于${day(dueOn)}前办结并报送进展。`,
  }),
  dueSoon: (title: string, dueOn: string) => ({
    title: `督办事项即将到期：${title}`,
    body: `办理期限为${day(dueOn)}，请及时报送办理进展。`,
  }),
  overdue: (title: string, dueOn: string) => ({
    title: `督办事项已逾期：${title}`,
    body: `办理期限${day(dueOn)}已过，尚未办结，请尽快报送办理情况。`,
  }),
};
