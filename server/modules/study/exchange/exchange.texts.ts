// The wording of the exchange's reminder, and the English of its sentences (spread into the
// module's STUDY_PHRASES).
export const exchangeTexts = {
  reminder: (month: string) => {
    const [y, m] = month.split('-').map(Number);
    return {
      title: `请填写${y}年${m}月党组学习交流`,
      body: `您${y}年${m}月的学习交流尚未填写，请在手机端“党组学习交流”中简要记录本月的学习体会（可在当月及次月填写）。`,
    };
  },
};

export const EXCHANGE_PHRASES: Record<string, string> = {
  '月份格式应为 YYYY-MM': 'A month is written YYYY-MM',
  '所选委员不存在、已不在任或不属于本单位': 'A member chosen does not exist, has left, or is not of your organisation',
  只能填写本人的学习交流: 'You may write only your own learning exchange',
  您不在本单位党组学习交流人员名单中: "You are not on your organisation's list of the party-group learning exchange",
  '该月尚未开始，不能提前填写': 'The month has not begun: it cannot be written in advance',
  '该月学习交流已截止（可在当月及次月填写）':
    "The month's exchange is closed (it may be written during the month and the next)",
  '今天已提醒过未填写人员，请明天再提醒': 'Those who have not written were reminded today: remind them again tomorrow',
  '本月交流人员都已填写，无需提醒': 'Every attendee has written this month: there is no one to remind',
};
