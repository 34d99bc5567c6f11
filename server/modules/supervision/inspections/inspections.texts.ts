// Wording of the notices inspections and recommendations send, and the English of every
// Chinese sentence their errors say (spread into the module's SUPERVISION_PHRASES).
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export const inspectionTexts = {
  published: (title: string, startsOn: string, endsOn: string) => ({
    title: `视察通知：${title}`,
    body:
      startsOn === endsOn
        ? `您已被列入视察人员，视察安排在${day(startsOn)}，请预留时间。`
        : `您已被列入视察人员，视察安排在${day(startsOn)}至${day(endsOn)}，请预留时间。`,
  }),
  cancelled: (title: string, reason: string) => ({
    title: `视察已取消：${title}`,
    body: `取消原因：${reason}`,
  }),
  routed: (inspectionTitle: string, title: string, dueOn: string) => ({
    title: `视察建议待答复：${title}`,
    body: `来自“${inspectionTitle}”，请于${day(dueOn)}前答复采纳和落实情况。`,
  }),
  urged: (title: string, dueOn: string, note: string | undefined) => ({
    title: `请尽快答复视察建议：${title}`,
    body: `答复期限为${day(dueOn)}。${note ?? ''}`.trim(),
  }),
  sentBack: (title: string, reason: string) => ({
    title: `视察建议的答复被退回：${title}`,
    body: `退回理由：${reason}`,
  }),
  answered: (title: string, unitName: string) => ({
    title: `视察建议已答复：${title}`,
    body: `${unitName}已答复，请跟踪落实。`,
  }),
  overdue: (title: string, dueOn: string) => ({
    title: `视察建议答复已逾期：${title}`,
    body: `答复期限${day(dueOn)}已过，尚未答复，请尽快办理。`,
  }),
};

export const INSPECTIONS_TEXT_PHRASES: Record<string, string> = {
  视察不存在: 'No such inspection',
  视察建议不存在: 'No such recommendation',
  只有本级政协办可以管理视察: "Only your organisation's office may manage inspections",
  只有本级政协办可以跟踪建议办理: "Only your organisation's office may follow recommendations",
  只有承办单位可以答复该建议: 'Only the handling unit it was routed to may answer this recommendation',
  '视察已结束或已取消，不能再修改': 'The inspection is over or cancelled: it can no longer be changed',
  视察开始后才能记录发现的问题和提出建议: 'Findings and recommendations are written once the inspection is under way',
  '视察已发布，不能重复发布': 'The inspection is already published',
  视察发布后才能开始: 'An inspection starts once it is published',
  视察未在进行中: 'The inspection is not under way',
  该建议不在待答复状态: 'This recommendation is not waiting for an answer',
  承办单位尚未答复该建议: 'The handling unit has not answered this recommendation yet',
  该建议已办结或已关闭: 'This recommendation is already settled or closed',
  结束日期不能早于开始日期: 'The end date cannot be before the start date',
  视察时间不能超过一个月: 'An inspection lasts a month at most',
  '所选委员不存在、已不在任或不属于本单位': 'A member chosen does not exist, has left, or is not of your organisation',
  委员重复: 'A member is listed twice',
  带队委员不存在或不属于本单位: 'The leading member does not exist or is not of your organisation',
  带队领导账号不存在或不属于本单位: 'The leading account does not exist or is not of your organisation',
  承办单位不存在: 'No such handling unit',
  承办单位已停用: 'The handling unit is no longer active',
  视察点不存在: 'No such site of this inspection',
  '该视察点已有建议，不能删除': 'Recommendations come from this site: it cannot be removed',
  答复期限不能早于今天: 'The deadline cannot be before today',
  没有要修改的内容: 'Nothing to change',
  '视察已提出建议，不能取消': 'Recommendations came of this inspection: it cannot be cancelled',
};
