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
  IMPORT_UNREADABLE: {
    'zh-CN': '文件无法读取，请上传 .xlsx 格式的委员名册（可在 Excel 或 WPS 中另存为 .xlsx）',
    'en-US': 'The file cannot be read; upload the roster as an .xlsx workbook',
  },
  IMPORT_NO_HEADINGS: {
    'zh-CN': '找不到列名行：文件前 20 行中没有“姓名”“性别”“手机号”等列名。请确认上传的是委员名册，或使用导入模板',
    'en-US':
      'No heading row found: none of the first 20 rows names roster columns such as 姓名 or 手机号. Use the template',
  },
  IMPORT_MAPPING_INVALID: {
    'zh-CN': '列的对应关系有误',
    'en-US': 'The column mapping is not valid',
  },
};
