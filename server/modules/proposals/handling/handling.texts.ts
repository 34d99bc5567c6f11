// Chinese wording of the handling: its codes (for notices and the timeline) and its error
// messages (registered when the module is).
export const ROLE_LABEL = { lead: '主办', co: '会办', split: '分办' } as const;
export const CONTACT_WAYS = { visit: '走访', phone: '电话', meeting: '座谈', other: '其他' } as const;
export const RATING_LABELS = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const;
export const CONTACTED_LABELS = { visited: '当面走访', phone: '电话联系', none: '未联系' } as const;

export const HANDLING_MESSAGES = {
  NOT_ASSIGNED_UNIT: {
    'zh-CN': '只有承办该提案的单位才能办理',
    'en-US': 'Only a unit this proposal is assigned to may do this',
  },
  ASSIGNMENT_ROLE: {
    'zh-CN': '该操作不属于贵单位的承办职责（主办、会办或分办）',
    'en-US': "This step is not part of your unit's role in handling (lead, co-handling or split)",
  },
  EXTENSION_PENDING: {
    'zh-CN': '已有一份延期申请在等待审批',
    'en-US': 'An extension request is already waiting for a decision',
  },
  FEEDBACK_NO_MEMBER: {
    'zh-CN': '集体提案没有可记录评价的委员，请由政协机关直接办结',
    'en-US': 'A collective proposal has no member to record feedback for; the office closes it instead',
  },
};
