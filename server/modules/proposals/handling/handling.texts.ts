// Chinese wording of the handling's codes, for notices and the timeline.
export const ROLE_LABEL = { lead: '主办', co: '会办', split: '分办' } as const;
export const CONTACT_WAYS = { visit: '走访', phone: '电话', meeting: '座谈', other: '其他' } as const;
export const RATING_LABELS = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' } as const;
export const CONTACTED_LABELS = { visited: '当面走访', phone: '电话联系', none: '未联系' } as const;
