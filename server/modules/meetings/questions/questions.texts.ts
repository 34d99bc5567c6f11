// Wording of the questions' errors (zh-CN; the web app words the codes itself).
export const questionTexts = {
  closed: '会议已结束，不再接收提问',
  notEnabled: '本次会议未开放现场提问',
  linkOff: '提问链接已关闭或已失效',
  screenOff: '大屏链接已失效',
  challengeFailed: '验证未通过，请刷新页面后重试',
  challengeExpired: '验证已过期，请重新提交',
  challengeUsed: '该验证已使用，请重新提交',
  rateLimited: '提问过于频繁，请稍后再试',
  needReason: '不予展示时请写明理由',
};
