// The English of leader engagement's sentences (spread into the module's WORKPLAN_PHRASES).
export const LEADERS_TEXT_PHRASES: Record<string, string> = {
  来访记录不存在: 'No such visit',
  来访日期不能晚于今天: 'A visit cannot be dated after today',
  征求意见不存在: 'No such request for opinions',
  该征求意见已答复: 'The request has already been answered',
  '尚未答复，不能登记采纳情况': 'Not answered yet: what was adopted cannot be recorded',
  答复期限不能早于征求日期: 'The deadline cannot be before the day it was asked',
  答复日期不能早于征求日期: 'The answer cannot be dated before the day it was asked',
  部分采纳或未采纳须说明情况: 'Partly or not adopted needs a note',
  调研报告不存在: 'No such research report',
  每个角色只能设置一次目标: 'Each role takes one target',
};
