// The plan's items on a phone: one card each (kind and status on top, the topic, when and who,
// the sessions held), in the plan's order.
import { Card, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { plannedLabel, type PlanItem } from './planApi';

export function PlanItemCards(props: {
  items: PlanItem[];
  statusTag(i: PlanItem): ReactNode;
  sessionsOf(i: PlanItem): ReactNode;
  actionsOf: ((i: PlanItem) => ReactNode) | null;
}) {
  const { t, locale } = useI18n();
  if (!props.items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyPlan.empty')} />;
  return (
    <div>
      {props.items.map((i) => (
        <Card key={i.id} size="small" style={{ marginBottom: 10 }} data-testid={`item-${i.id}`} data-status={i.status}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 4 }}>
            <Typography.Text type="secondary">{t(`studyPlan.kind.${i.studyKind}`)}</Typography.Text>
            {props.statusTag(i)}
          </div>
          <Typography.Text strong>{i.topic}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {plannedLabel(i.plannedOn, locale)} · {i.attendees}
            </Typography.Text>
          </div>
          {i.notes && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {i.notes}
            </Typography.Paragraph>
          )}
          {i.sessions.length > 0 && <div style={{ marginTop: 6 }}>{props.sessionsOf(i)}</div>}
          {props.actionsOf && <div style={{ marginTop: 6 }}>{props.actionsOf(i)}</div>}
        </Card>
      ))}
    </div>
  );
}
