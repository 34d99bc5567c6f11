// The words of the hourly reminders (reminders.ts), in one place: the bench generator writes
// the notices the scan would have sent with these same texts.

export interface Text {
  title: string;
  body: string;
}

export const reminderTexts = {
  dueSoon: (proposal: string, deadline: string, days: number): Text => ({
    title: '提案答复期限将至',
    body: `${proposal}将于 ${deadline} 到期（还有 ${days} 天），请按时答复。`,
  }),
  overdue: (proposal: string, unit: string, deadline: string): { unit: Text; office: Text } => ({
    unit: { title: '提案办理已超期', body: `${proposal}的答复期限 ${deadline} 已过，请尽快答复。` },
    office: { title: '承办单位办理超期', body: `${unit}承办的${proposal}已超过答复期限 ${deadline}，尚未答复。` },
  }),
  signOverdue: (proposal: string, unit: string, deadline: string): { unit: Text; office: Text } => ({
    unit: {
      title: '提案逾期未签收',
      body: `${proposal}的签收期限 ${deadline} 已过，请尽快签收；不属于本单位职责的，请说明理由退回。`,
    },
    office: { title: '承办单位逾期未签收', body: `${unit}超过签收期限 ${deadline} 仍未签收${proposal}。` },
  }),
  /** `others`: for the office and the proposers. */
  commitmentOverdue: (proposal: string, unit: string, content: string, due: string): { unit: Text; others: Text } => {
    const promise = `“${content}”（承诺 ${due} 前完成）`;
    return {
      unit: { title: '承诺事项已逾期', body: `答复${proposal}时承诺的${promise}已到期未完成，请尽快落实并报告进展。` },
      others: { title: '承诺事项逾期未落实', body: `${unit}答复${proposal}时承诺的${promise}已到期，尚未完成。` },
    };
  },
};
