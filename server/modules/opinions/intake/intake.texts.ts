// The English of intake's sentences (spread into the module's OPINIONS_PHRASES).
export const INTAKE_TEXT_PHRASES: Record<string, string> = {
  活动不存在: 'No such campaign',
  本单位未参加该活动: 'Your organisation does not take part in that campaign',
  '该活动未在进行中，不接收意见': 'That campaign is not under way: it takes no opinions',
  只有在任委员可以提交意见: 'Only a serving member may submit an opinion',
  意见不存在: 'No such opinion',
  只能查看本单位意见的联系方式: "Only the contacts of your own organisation's opinions may be revealed",
  该意见未留联系方式: 'This opinion left no contact',
  征集链接已关闭或已失效: 'The link is off or no longer valid',
  '提交过于频繁，请稍后再试': 'Too many submissions: try again shortly',
  '验证已过期，请重新提交': 'The check has expired: submit again',
  '该验证已使用，请重新提交': 'The check has been used: submit again',
  '验证未通过，请刷新页面后重试': 'The check failed: reload the page and try again',
  所选地区未参加本次活动: 'The place chosen does not take part in this campaign',
  至少录入一条意见: 'Enter at least one opinion',
  [`一次最多录入 100 条`]: 'At most 100 opinions at once',
  '文件不是有效的 Excel 工作簿（.xlsx）': 'The file is not a valid Excel workbook (.xlsx)',
  工作簿中没有工作表: 'The workbook has no sheet',
  '未找到列名行：请使用导入模板（须有“标题”“内容”两列）':
    'No header row found: use the import template (it needs the columns 标题 and 内容)',
  文件中没有意见: 'The file holds no opinions',
  [`一次最多导入 500 条`]: 'At most 500 opinions at once',
};
