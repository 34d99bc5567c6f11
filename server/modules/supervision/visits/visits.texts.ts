// English for the visits' sentences (composed in ../supervision.texts.ts).
export const VISITS_TEXT_PHRASES: Record<string, string> = {
  您未参加本次评议活动: 'You do not take part in this campaign',
  '评议活动未在走访阶段，不能提交走访记录': 'The campaign is not taking visits',
  只有委员可以提交走访记录: 'Only members send visits',
  评议对象不属于本次评议活动: 'The object is not one of this campaign’s',
  每项指标只能打一个分: 'One score per criterion',
  每项评议指标都要打分: 'Every criterion needs a score',
  分数超过该项指标的满分: 'A score is above the criterion’s maximum',
  打分的指标不属于本次评议活动: 'A scored criterion is not one of this campaign’s',
  同一张照片提交了两次: 'The same photo is given twice',
  走访时间不能晚于现在: 'The visit’s time is in the future',
  走访照片须为图片: 'Visit photos must be images',
  走访记录不存在: 'No such visit',
};
