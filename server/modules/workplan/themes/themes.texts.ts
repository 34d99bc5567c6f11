// The English of the themes' sentences (spread into the module's WORKPLAN_PHRASES).
export const THEMES_TEXT_PHRASES: Record<string, string> = {
  主题不存在: 'No such theme',
  本单位已有同名主题: 'The organisation already has a theme of that name',
  结束日期不能早于开始日期: 'The end date cannot be before the start date',
  所标注的工作不存在: 'The work to tag does not exist',
  所选主题不属于本单位: 'A chosen theme is not one of the organisation',
};
