// English of the groups' sentences (spread into the module's OPINIONS_PHRASES;
// opinions.texts.test.ts checks none is missing).
export const GROUPS_TEXTS: Record<string, string> = {
  活动不存在: 'The campaign does not exist',
  分组不存在: 'The group does not exist',
  意见不存在: 'The opinion does not exist',
  分组不存在或不属于同一活动: 'The group does not exist or is not of the same campaign and organisation',
  该意见已在此分组中: 'The opinion is already in this group',
  不能与自身合并: 'A group cannot be merged with itself',
};
