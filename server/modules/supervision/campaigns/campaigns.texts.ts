// English for the campaigns' sentences (composed in ../supervision.texts.ts): refusals, and the
// problems an import or a request is answered with.
export const CAMPAIGNS_TEXT_PHRASES: Record<string, string> = {
  只有本单位政协办可以管理评议活动: "Only the organisation's office manages its evaluation campaigns",
  '评议活动已开始，不能再修改评议指标': 'The campaign has opened; its criteria can no longer change',
  评议活动已结束: 'The campaign is closed',
  评议活动已进入点评阶段: 'The campaign is in review',
  评议活动未在进行中: 'The campaign is not open',
  评议活动尚未进入点评阶段: 'The campaign is not in review yet',
  评议活动不存在: 'No such evaluation campaign',
  '评议活动已开始，不能再修改评议对象类型和每个对象的走访次数':
    'The campaign has opened; what it evaluates and the visits per object can no longer change',
  评议对象不存在: 'No such evaluation object',
  '该对象已有委员走访，不能删除': 'Members have visited this object; it cannot be removed',
  结束日期不能早于开始日期: 'The end date is before the start date',
  至少修改一项: 'Change at least one field',
  评议指标名称不能重复: 'Two criteria have the same name',
  本次评议已有同名对象: 'The campaign already has an object of this name',
  经纬度须同时填写或同时留空: 'Give both latitude and longitude, or neither',
  评议对象名称不能重复: 'Two objects have the same name',
  名称与前面的行重复: 'The name repeats an earlier row',
  '应为数字（十进制度）': 'Should be a number (decimal degrees)',
  '评议承办单位时，对象名称须与本单位的承办单位名称一致':
    "When handling units are evaluated, each object's name must be one of the organisation's handling units",
  文件中没有评议对象: 'The file holds no objects',
  '未找到列名行：请使用导入模板（须有“名称”列）': 'No header row found: use the template (it needs a “名称” column)',
  参加委员不能重复: 'A member is listed twice',
  '所选委员不存在、已不在任或不属于本单位':
    'A chosen member does not exist, is no longer in office or belongs to another organisation',
  '评议指标权重合计应为 100': 'The weights of the criteria must add up to 100',
  '一次评议最多 2000 个对象': 'A campaign holds at most 2000 objects',
  尚未设置评议指标: 'No criteria yet',
  尚未导入评议对象: 'No objects yet',
  尚未确定参加委员: 'No participants yet',
};
