// What the inspection pages share: their texts (added with them), the value lists checked
// against the OpenAPI enums, and the status tags.
import { Space, Tag } from 'antd';
import {
  valuesOf,
  type AnswerKind,
  type InspectionKind,
  type InspectionStatus,
  type RecommendationStatus,
} from '../../../api/models';
import { addArea, useI18n } from '../../../i18n';
import { supervisionInspections } from '../../../i18n/messages/supervisionInspections';

addArea('insp', supervisionInspections);

export const INSPECTION_KINDS = valuesOf<InspectionKind>()(['thematic', 'concentrated', 'member']);
export const INSPECTION_STATUSES = valuesOf<InspectionStatus>()([
  'draft',
  'published',
  'under_way',
  'done',
  'cancelled',
]);
export const ANSWER_KINDS = valuesOf<AnswerKind>()(['accepted', 'partly', 'declined']);

const STATUS_COLOURS: Record<InspectionStatus, string> = {
  draft: 'default',
  published: 'blue',
  under_way: 'processing',
  done: 'success',
  cancelled: 'default',
};
const REC_COLOURS: Record<RecommendationStatus, string> = {
  routed: 'blue',
  answered: 'gold',
  done: 'success',
  closed: 'default',
};

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status]}>{t(`insp.status.${status}`)}</Tag>;
}

export function RecommendationStatusTag({ status, overdue }: { status: RecommendationStatus; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={REC_COLOURS[status]}>{t(`insp.rec.${status}`)}</Tag>
      {overdue && <Tag color="error">{t('insp.overdue')}</Tag>}
    </Space>
  );
}

/** The planned dates, one day or a span. */
export function datesOf(i: { startsOn: string; endsOn: string }, fmt: (d: string) => string): string {
  return i.startsOn === i.endsOn ? fmt(i.startsOn) : `${fmt(i.startsOn)} – ${fmt(i.endsOn)}`;
}

/** Today on China's calendar (the deadlines' calendar), as YYYY-MM-DD. */
export const chinaToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
