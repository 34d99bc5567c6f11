// Error texts of the member roster.
export const MEMBER_MESSAGES = {
  NO_CURRENT_TERM: {
    'zh-CN': '本组织尚未设置当前届次，请先在基础数据中设置',
    'en-US': 'The organisation has no current term; set one first',
  },
  DUPLICATE_PHONE: {
    'zh-CN': '该手机号已被本届其他委员使用',
    'en-US': 'Another member of this term has that phone number',
  },
  DUPLICATE_ID_NUMBER: {
    'zh-CN': '该身份证号已在本届名册中',
    'en-US': "That ID number is already on this term's roster",
  },
  NOT_A_MEMBER: { 'zh-CN': '您的账号未关联委员信息', 'en-US': 'Your account is not linked to a member record' },
  CONTACT_CHANGE_PENDING: {
    'zh-CN': '您已有一项修改申请正在审核，请等待处理结果',
    'en-US': 'You already have a change request awaiting review',
  },
  NOTHING_CHANGED: { 'zh-CN': '填写的内容与现有信息相同', 'en-US': 'Nothing differs from the current details' },
  UNMASK_FORBIDDEN: {
    'zh-CN': '没有导出完整手机号和身份证号的权限',
    'en-US': 'You may not export full phone and ID numbers',
  },
};
