// Wording of the notices problems send, and the English of every Chinese sentence their errors
// say (spread into the module's SUPERVISION_PHRASES).
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const problemTexts = {
  routed: (campaignTitle: string, objectName: string, dueOn: string) => ({
    title: `评议发现问题待整改：${objectName}`,
    body: `“${campaignTitle}”中发现的问题交由贵单位整改，请于${day(dueOn)}前答复整改情况。`,
  }),
  urged: (objectName: string, dueOn: string, note: string | undefined) => ({
    title: `请尽快答复整改情况：${objectName}`,
    body: `答复期限为${day(dueOn)}。${note ?? ''}`.trim(),
  }),
  sentBack: (objectName: string, reason: string) => ({
    title: `整改答复被退回：${objectName}`,
    body: `退回理由：${reason}`,
  }),
  answered: (objectName: string, unitName: string) => ({
    title: `问题整改已答复：${objectName}`,
    body: `${unitName}已答复整改情况，请跟踪落实。`,
  }),
  overdue: (objectName: string, dueOn: string) => ({
    title: `问题整改答复已逾期：${objectName}`,
    body: `答复期限${day(dueOn)}已过，尚未答复整改情况，请尽快办理。`,
  }),
};

export const PROBLEMS_TEXT_PHRASES: Record<string, string> = {
  评议活动开始后才能记录发现的问题: 'Problems are recorded once the campaign is open',
  只有本单位政协办可以跟踪问题整改: "Only your organisation's office may follow problems",
  只有问题所交的承办单位可以答复: 'Only the handling unit the problem was routed to may answer it',
  该问题不在待答复状态: 'This problem is not waiting for an answer',
  承办单位尚未答复该问题: 'The handling unit has not answered this problem yet',
  该问题已办结或已关闭: 'This problem is already settled or closed',
  问题不存在: 'No such problem',
  请指明评议对象或走访记录: 'Name the object or the visit',
  '整改计划须写明完成日期（仅计划类答复需要）': 'A plan gives the day it will be done (only a plan does)',
  评议对象不存在: 'No such object in this campaign',
  走访记录不存在: 'No such visit in this campaign',
  走访记录与评议对象不一致: 'The visit is not of that object',
  '走访没有写评议意见，请填写问题描述': 'The visit has no comment: describe the problem',
  '评议对象未关联承办单位，请指定承办单位': 'The object has no handling unit: choose one',
  整改完成日期不能早于今天: 'The day the plan will be done cannot be before today',
};
