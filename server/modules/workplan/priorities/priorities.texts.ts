// The Chinese of the priorities' labels and refusals, and the English of each refusal (spread
// into the module's WORKPLAN_PHRASES).
export const OFFICE_OWNER = '政协办公室';

export const MONTH_STATUS_LABELS: Record<string, string> = {
  planned: '计划中',
  in_progress: '推进中',
  done: '已完成',
  slipped: '已推迟',
};

export const PRIORITIES_TEXT_PHRASES: Record<string, string> = {
  工作要点不存在: 'No such work priorities',
  工作要点事项不存在: 'No such work-priority item',
  本年度工作要点已存在: "This year's work priorities already exist",
  专委会不存在: 'No such committee',
  由专委会承担的事项须选择专委会: 'An item carried by a committee needs the committee',
  由办公室承担的事项不选择专委会: 'An item carried by the office takes no committee',
  截止日期应在本年度内: "The deadline must fall within the priorities' year",
  '关联的会议、课题或报告不存在': 'A linked meeting, topic or report does not exist',
  月份应在本年度内: "The month must fall within the priorities' year",
  推迟的事项须说明原因: 'A slipped item needs its reason',
  本月尚无年度工作要点: 'There are no work priorities for this month yet',
  只有本单位政协办可以办理此事项: "Only the organisation's office may do this",
};
