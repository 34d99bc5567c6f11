// What the problem pages share: their texts (added with them), the shapes read from the OpenAPI
// document, the answer kinds checked against its enum, and the status tag.
import { Space, Tag } from 'antd';
import { valuesOf } from '../../../api/models';
import type { QueryOf, ResponseOf } from '../../../api/paths';
import { addArea, useI18n } from '../../../i18n';
import { supervisionProblems } from '../../../i18n/messages/supervisionProblems';

addArea('prob', supervisionProblems);

export type ProblemItem = ResponseOf<'/api/supervision/problems'>['items'][number];
export type ProblemDetail = ResponseOf<'/api/supervision/problems/{id}'>;
export type ProblemQuery = QueryOf<'/api/supervision/problems'>;
export type ProblemStatus = ProblemItem['status'];
export type ProblemAnswerKind = NonNullable<ProblemItem['answerKind']>;

export const PROBLEM_ANSWERS = valuesOf<ProblemAnswerKind>()(['fixed', 'planned', 'cannot']);

const COLOURS: Record<ProblemStatus, string> = { routed: 'blue', answered: 'gold', done: 'success', closed: 'default' };

export function ProblemStatusTag({ status, overdue }: { status: ProblemStatus; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={COLOURS[status]}>{t(`prob.status.${status}`)}</Tag>
      {overdue && <Tag color="error">{t('prob.overdue')}</Tag>}
    </Space>
  );
}

/** The list's filters, kept in the address bar. */
export const PROBLEM_FILTERS = {
  awaiting: { status: 'routed' },
  overdue: { overdue: '1' },
  answered: { status: 'answered' },
  all: {},
} as const satisfies Record<string, Partial<ProblemQuery>>;
export type ProblemFilter = keyof typeof PROBLEM_FILTERS;
