export const audit = {
  'zh-CN': {
    menu: '审计日志', title: '审计日志', seq: '序号', at: '时间', actor: '操作人', ip: 'IP 地址', action: '操作',
    object: '对象', result: '结果', detail: '详情', result_ok: '成功', result_denied: '拒绝', result_failed: '失败',
    verify: '校验哈希链', verifyOk: '审计日志完整：已校验 {n} 条', verifyBroken: '审计日志被篡改：发现 {n} 处问题',
    actionFilter: '操作类型（如 auth.login）', dateRange: '时间范围', anonymous: '（未登录）',
  },
  'en-US': {
    menu: 'Audit trail', title: 'Audit trail', seq: '#', at: 'Time', actor: 'Actor', ip: 'IP', action: 'Action',
    object: 'Object', result: 'Result', detail: 'Detail', result_ok: 'OK', result_denied: 'Denied', result_failed: 'Failed',
    verify: 'Verify hash chain', verifyOk: 'Audit trail intact: {n} entries checked', verifyBroken: 'Audit trail tampered: {n} problem(s)',
    actionFilter: 'Action (e.g. auth.login)', dateRange: 'Dates', anonymous: '(anonymous)',
  },
};
