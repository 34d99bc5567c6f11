export const publicPage = {
  'zh-CN': {
    title: '提案公开', subtitle: '已办理答复的公开提案', search: '搜索提案标题、内容或答复', proposers: '提案人', category: '类别',
    replies: '办理答复', reply: '{unit}的答复', noReply: '暂无答复', reasons: '理由', suggestions: '办法与建议', back: '返回列表',
    signIn: '登录平台', viewPublic: '查看公开提案', result: '办理结果', date: '答复日期', state_replied: '已答复', state_closed: '已办结',
    empty: '暂无公开的提案',
  },
  'en-US': {
    title: 'Public proposals', subtitle: 'Proposals made public, with their replies', search: 'Search titles, texts and replies', proposers: 'Proposers',
    category: 'Category', replies: 'Replies', reply: 'Reply of {unit}', noReply: 'No reply yet', reasons: 'Reasons', suggestions: 'Suggestions',
    back: 'Back to the list', signIn: 'Sign in', viewPublic: 'Public proposals', result: 'Result', date: 'Replied on', state_replied: 'Replied',
    state_closed: 'Closed', empty: 'No public proposals yet',
  },
};
