// Wording of the notices invitations send.
export const invitationTexts = {
  leaveRequested: (name: string, title: string) => ({
    title: `请假申请：${name}`,
    body: `${name}申请不出席“${title}”。`,
  }),
  leaveDecided: (title: string, approved: boolean, note: string | null) => ({
    title: approved ? `请假已批准：${title}` : `请假未获批准：${title}`,
    body: approved ? (note ?? '已同意您的请假。') : `${note ?? ''}请按时出席。`,
  }),
  promoted: (title: string) => ({ title: `候补转为参加：${title}`, body: '有名额空出，您已由候补转为参加。' }),
};
