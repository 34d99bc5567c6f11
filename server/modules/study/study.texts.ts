// English for every sentence the study module's errors say in Chinese (registered with the
// module; study.texts.test.ts checks that none is missing). The web app sends the language the
// user chose as Accept-Language, and the error handler answers in it.
import { COVERAGE_PHRASES } from './coverage/coverage.texts.js';
import { EXCHANGE_PHRASES } from './exchange/exchange.texts.js';
import { PLAN_PHRASES } from './plan/plan.texts.js';

export const STUDY_PHRASES: Record<string, string> = {
  ...PLAN_PHRASES,
  ...EXCHANGE_PHRASES,
  ...COVERAGE_PHRASES,
  // materials/
  此学习资料未分配给您: 'This study material was not assigned to you',
  '学习资料已发布或已撤回，不能再修改':
    'The study material has been published or withdrawn and can no longer be changed',
  学习资料未发布或已撤回: 'The study material is not published or has been withdrawn',
  学习资料尚未发布: 'The study material has not been published yet',
  请先打开学习资料: 'Open the study material first',
  '刚提醒过未学完的委员，请稍后再提醒': 'Those who have not finished were reminded recently; please try again later',
  学习资料已发布或已撤回: 'The study material has been published or withdrawn',
  '截止日期已过，请先修改截止日期': 'The deadline has passed; change the deadline first',
  '所有委员都已学完，无需提醒': 'Everyone has finished it; no reminder is needed',
  不能向该组织分配学习资料: 'You cannot assign study materials to that organisation',
  所选委员不存在或已不在任: 'A selected member does not exist or is no longer serving',
  截止日期不能早于今天: 'The deadline cannot be earlier than today',
  所选对象中没有在任委员: 'The selected audience contains no serving member',
  '视频链接须为 https:// 开头的有效网址': 'A video link must be a valid address starting with https://',
  文章须填写正文: 'An article needs its text',
  '视频资料须填写 https 链接': 'A video needs its https link',
  文件资料须上传至少一个文件: 'A document needs at least one uploaded file',
  请选择学习对象: 'Choose who is to study it',
  // record/
  您的账号未关联委员档案: 'Your account is not linked to a member record',
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
