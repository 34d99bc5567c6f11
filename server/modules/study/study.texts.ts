// English for every sentence the study module's errors say in Chinese (registered with the
// module; study.texts.test.ts checks that none is missing). The web app sends the language the
// user chose as Accept-Language, and the error handler answers in it.
export const STUDY_PHRASES: Record<string, string> = {
  // party/
  上级党组织不存在: 'The parent party organisation does not exist.',
  '党组是最高一级，不能设上级组织': 'The party group is the top of the chain and has no parent.',
  只有中共党员才能编入党组织: 'Only CPC members can join a party organisation.',
  只能选择本组织本届在任的委员: "Choose a member of this organisation's current term who is still in office.",
  完成时限应在清单所属年度内: "The deadline must fall within the list's year.",
  检查日期不能晚于今天: 'The date of a check cannot be later than today.',
  联系人应为中共党员委员: 'The liaison must be a CPC member.',
  被联系的应为非中共委员: 'The member linked must not be a CPC member.',
  '该党员已在其他党支部，一名党员只能编入一个党支部':
    'This party member is already in another branch; a member belongs to one branch only.',
  '该党组织下还有下级组织，请先调整或删除下级组织':
    'This party organisation still has organisations under it; move or remove them first.',
  该委员已是这个党组织的成员: 'This member already belongs to this party organisation.',
  请选择上级党组织: 'Choose the parent party organisation.',
  这对联系关系已经存在: 'This liaison already exists.',
  党支部的上级应为机关党委: "A branch's parent must be the organ party committee.",
  机关党委的上级应为党组: "The organ party committee's parent must be the party group.",
};
