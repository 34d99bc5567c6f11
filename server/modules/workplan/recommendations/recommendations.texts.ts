// The wording of the recommendations' notices, and the English of their sentences (spread into
// the module's WORKPLAN_PHRASES).
export const recommendationTexts = {
  sent: (title: string, dueOn: string) => ({
    title: `调研建议交办：${title}`,
    body: `请于${dueOn}前答复并报送落实进展。`,
  }),
  urged: (title: string, note: string | null) => ({
    title: `督促办理调研建议：${title}`,
    body: note ?? '请抓紧办理并报送落实进展。',
  }),
  overdue: (title: string, dueOn: string) => ({
    title: `调研建议已逾期：${title}`,
    body: `该建议的完成时限为${dueOn}，尚未办结，请抓紧落实并报送进展。`,
  }),
};

export const RECOMMENDATIONS_TEXT_PHRASES: Record<string, string> = {
  调研报告不存在: 'No such research report',
  调研建议不存在: 'No such recommendation',
  只有责任单位可以办理此建议: 'Only the owner department may act on this recommendation',
  建议已交办: 'The recommendation has been sent',
  建议不在待答复状态: 'The recommendation is not waiting for an answer',
  建议尚未答复: 'The recommendation has not been answered yet',
  建议已办结或终止: 'The recommendation is settled',
  建议不在跟踪办理中: 'The recommendation is not being followed',
  缺少考核指标: 'The metric is missing',
  缺少目标值: 'The target is missing',
  缺少具体措施: 'The actions are missing',
  缺少责任单位: 'The owner department is missing',
  缺少责任人: 'The accountable person is missing',
  缺少完成时限: 'The deadline is missing',
  责任单位不存在: 'No such department',
  完成时限不能早于今天: 'The deadline cannot be before today',
  课题不存在: 'No such topic',
};
