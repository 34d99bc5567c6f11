// The English of the topics' sentences (spread into the module's WORKPLAN_PHRASES).
export const TOPICS_TEXT_PHRASES: Record<string, string> = {
  课题不存在: 'No such topic',
  '课题已完成，不能再推进': 'The topic is done: it cannot move on',
  不能跳过阶段: 'A stage cannot be skipped',
  结束日期不能早于开始日期: 'The end date cannot be before the start date',
  开始日期不能早于上一阶段: 'A stage cannot start before the previous one',
  重点课题须注明交办领导: 'A key topic needs the leader who assigned it',
  会议不存在: 'No such meeting',
  协商阶段应关联协商类会议: 'The consultation stage takes a meeting of a consultation kind',
};
