// Chinese wording of training coverage: labels of the breakdowns, cohorts and the exports, and
// the English of every error sentence (merged into the module's STUDY_PHRASES).
import type { CohortKind, TargetMeasure } from '../../../db/tables/study-coverage.js';
import type { Dimension, Period } from './coverage.model.js';

export const PERIOD_LABELS: Record<Period, string> = { year: '本年度', term: '本届' };
export const MEASURE_LABELS: Record<TargetMeasure, string> = { all: '全体委员', new: '新任委员' };
export const COHORT_LABELS: Record<CohortKind, string> = { backbone: '骨干培训', key_work: '重点工作培训' };
export const DIMENSION_LABELS: Record<Dimension, string> = {
  committee: '专委会',
  sector: '界别',
  party: '党派',
  org: '区县',
};
export const NO_COMMITTEE = '未分配专委会';

export const COVERAGE_PHRASES: Record<string, string> = {
  只能查看本组织及所辖区县的培训覆盖情况:
    'Training coverage can be read only for your organisation and the counties it oversees',
  只能设置本组织的培训覆盖目标: "Coverage targets can be set only for your own organisation",
  只能管理本组织的培训名单: "Training cohorts can be managed only for your own organisation",
  所选区县不在本组织的统计范围内: "The chosen county is not within this organisation's figures",
  培训名单不属于所查看的组织: 'The cohort is not one of the organisation being viewed',
  培训名单不存在: 'The training cohort does not exist',
  同一年度已有同名培训名单: 'A cohort with this name already exists for that year',
  所选委员不存在或不是本组织的现任委员: 'A chosen member does not exist or is not a current member of this organisation',
  请至少设置一项目标: 'Set at least one target',
};
