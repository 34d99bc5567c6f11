// The work plan's shapes (from the OpenAPI document), value lists and the small pieces its pages share.
import { Space, Tag } from 'antd';
import { valuesOf } from '../../api/models';
import type { ResponseOf } from '../../api/paths';
import { useI18n } from '../../i18n';
import '../../i18n/areas/workplan';

export type Priorities = ResponseOf<'/api/workplan/priorities/{id}'>;
export type PriorityItem = Priorities['items'][number];
export type MonthPlan = ResponseOf<'/api/workplan/months/{month}'>;
export type MonthEntry = MonthPlan['entries'][number];
export type MonthStatus = NonNullable<MonthEntry['status']>;
export type Topic = ResponseOf<'/api/workplan/topics'>[number];
export type TopicDetail = ResponseOf<'/api/workplan/topics/{id}'>;
export type TopicStage = Topic['stage'];
export type Proposer = Topic['proposedBy'];
export type Recommendation = ResponseOf<'/api/workplan/recommendations'>['items'][number];
export type RecommendationDetail = ResponseOf<'/api/workplan/recommendations/{id}'>;
export type RecStatus = Recommendation['status'];
export type AnswerKind = NonNullable<Recommendation['answerKind']>;
export type Report = ResponseOf<'/api/workplan/reports/{id}'>;

export const MONTH_STATUSES = valuesOf<MonthStatus>()(['planned', 'in_progress', 'done', 'slipped']);
export const STAGES = valuesOf<TopicStage>()(['proposed', 'set', 'research', 'consultation', 'implementation', 'done']);
export const PROPOSERS = valuesOf<Proposer>()(['party_committee', 'government', 'cppcc']);
export const REC_STATUSES = valuesOf<RecStatus>()(['draft', 'sent', 'answered', 'done', 'dropped']);
export const ANSWER_KINDS = valuesOf<AnswerKind>()(['adopted', 'partly', 'declined']);
/** The SMART fields in the order the form shows them (the server's `missing` names these). */
export const SMART_FIELDS = ['metric', 'target', 'actions', 'unitId', 'accountablePerson', 'dueOn'] as const;
export const SMART_LABEL: Record<(typeof SMART_FIELDS)[number], string> = {
  metric: 'wp.metric',
  target: 'wp.target',
  actions: 'wp.actions',
  unitId: 'wp.unit',
  accountablePerson: 'wp.accountablePerson',
  dueOn: 'wp.recDueOn',
};

const MONTH_COLOURS: Record<MonthStatus, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  slipped: 'warning',
};
export function MonthStatusTag({ status, late }: { status: MonthStatus | null; late?: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={status ? MONTH_COLOURS[status] : 'default'}>{t(`wp.status.${status ?? 'unreported'}`)}</Tag>
      {late && <Tag color="error">{t('wp.late')}</Tag>}
    </Space>
  );
}

const REC_COLOURS: Record<RecStatus, string> = {
  draft: 'default',
  sent: 'processing',
  answered: 'blue',
  done: 'success',
  dropped: 'warning',
};
export function RecStatusTag({ r }: { r: Pick<Recommendation, 'status' | 'overdue' | 'answerKind'> }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={REC_COLOURS[r.status]} data-testid="rec-status">
        {t(`wp.rec.${r.status}`)}
      </Tag>
      {r.answerKind && <Tag>{t(`wp.answer.${r.answerKind}`)}</Tag>}
      {r.overdue && <Tag color="error">{t('wp.overdue')}</Tag>}
    </Space>
  );
}

export const thisYear = () => Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
export const thisMonth = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
export const chinaToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
