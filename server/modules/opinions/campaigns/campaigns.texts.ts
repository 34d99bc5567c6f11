// The English of the campaigns' sentences (spread into the module's OPINIONS_PHRASES).
export const CAMPAIGNS_TEXT_PHRASES: Record<string, string> = {
  活动不存在: 'No such campaign',
  只有主办单位的政协办可以管理本次活动: "Only the organiser's office may manage this campaign",
  '活动已结束，不能再修改': 'The campaign is over: it can no longer be changed',
  '活动已开始，不能重复开始': 'The campaign has already begun',
  活动未在进行中: 'The campaign is not under way',
  本单位未参加本次活动: 'Your organisation does not take part in this campaign',
  结束日期不能早于开始日期: 'The end date cannot be before the start date',
  活动时间不能超过一年: 'A campaign lasts a year at most',
  只能选择本单位及下级政协: 'Only your organisation and those under it may be chosen',
  '所选委员不存在、已不在任或不属于本单位': 'A member chosen does not exist, has left, or is not of your organisation',
  活动进行中才能开放公众意见征集: 'The public form can be turned on only while the campaign is under way',
};
