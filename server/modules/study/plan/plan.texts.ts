// English of the study plan's sentences, errors and validation (spread into the module's
// STUDY_PHRASES; study.texts.test.ts checks none is missing).
export const PLAN_PHRASES: Record<string, string> = {
  '该计划已关联学习活动，请先取消关联再删除': 'Sessions are linked to this plan item: unlink them before removing it',
  本年度学习计划已存在: "This year's study plan already exists",
  参加对象中的组织不在本单位范围内: 'An organisation among the attendees is outside your organisation',
  计划时间应在本年度计划的年份之内: "The planned date must fall within the plan's year",
  '计划时间应为某日（YYYY-MM-DD）或某月（YYYY-MM）': 'The planned date is a day (YYYY-MM-DD) or a month (YYYY-MM)',
  日期无效: 'The date does not exist',
  所选会议不存在或不属于本单位: 'The meeting chosen does not exist or is not of your organisation',
  '会议已取消，不能关联到学习计划': 'The meeting was cancelled and cannot be linked to the study plan',
  该会议已关联到学习计划的事项: 'The meeting is already linked to an item of the study plan',
  该会议未关联到此计划事项: 'The meeting is not linked to this plan item',
};
