// 实地评议 (a member's phone): the campaigns he evaluates and the objects assigned to him, in
// route order grouped by district, with what he visited, what waits on the phone and the
// outbox banner. Works offline from the last copy of the assignments (service worker cache).
import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import type { OutboxVisit } from '../../../offline/outbox';
import { byDistrict, useMyAssignments, type AssignedObject, type Assignment } from './fieldApi';
import { SyncBanner } from './SyncBanner';
import { useOutbox } from './useOutbox';

export function FieldHomePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const view = useOutbox();
  const assignments = useMyAssignments();
  // Visits that reached the server change its "visited" marks: read them again after a sync that sent some.
  const sent = view.status?.last?.sent ?? 0;
  const { refetch } = assignments;
  useEffect(() => {
    if (sent > 0) void refetch();
  }, [view.status?.last, sent, refetch]);
  if (!me?.user.memberId) return <Alert type="info" showIcon title={t('supervisionField.noMemberRecord')} />;
  const items = assignments.data?.items ?? [];
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('supervisionField.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('supervisionField.intro')}</Typography.Paragraph>
      <SyncBanner view={view} />
      {!view.online && assignments.data && (
        <Typography.Paragraph type="secondary">{t('supervisionField.cachedCopy')}</Typography.Paragraph>
      )}
      {assignments.isPending ? (
        <Spin />
      ) : assignments.isError && !assignments.data ? (
        <Alert type="error" showIcon title={t('supervisionField.loadFailed')} description={assignments.error.message} />
      ) : items.length === 0 ? (
        <Empty description={t('supervisionField.noAssignments')} />
      ) : (
        items.map((a) => <CampaignCard key={a.campaign.id} assignment={a} outbox={view.visits} />)
      )}
    </div>
  );
}

function CampaignCard({ assignment, outbox }: { assignment: Assignment; outbox: OutboxVisit[] }) {
  const { t } = useI18n();
  const { campaign, objects } = assignment;
  const visited = objects.filter((o) => o.visited).length;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={campaign.title}
      extra={<Tag>{t('supervisionField.objectsCount', { visited, total: objects.length })}</Tag>}
      data-testid={`field-campaign-${campaign.id}`}
    >
      <Typography.Text type="secondary">
        {t('supervisionField.period', { start: formatDate(campaign.periodStart), end: formatDate(campaign.periodEnd) })}
      </Typography.Text>
      {byDistrict(objects).map((group, i) => (
        <List
          key={`${group.district}-${i}`}
          size="small"
          header={<Typography.Text strong>{group.district}</Typography.Text>}
          dataSource={group.objects}
          renderItem={(o) => (
            <ObjectRow
              campaignId={campaign.id}
              object={o}
              local={outbox.filter((v) => v.campaignId === campaign.id && v.objectId === o.objectId)}
            />
          )}
        />
      ))}
    </Card>
  );
}

function ObjectRow({
  campaignId,
  object,
  local,
}: {
  campaignId: number;
  object: AssignedObject;
  local: OutboxVisit[];
}) {
  const { t } = useI18n();
  const waiting = local.some((v) => v.state === 'queued' || v.state === 'sending');
  const refused = local.some((v) => v.state === 'needs-attention');
  const draft = local.some((v) => v.state === 'draft');
  const sent = object.visited || local.some((v) => v.state === 'sent');
  return (
    <List.Item data-testid={`field-object-${object.objectId}`}>
      <Link to={`/supervision/field/${campaignId}/${object.objectId}`} style={{ display: 'block', width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>
              {object.order}. {object.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              <EnvironmentOutlined /> {object.address || t('supervisionField.noPlace')}
              {object.category ? ` · ${object.category}` : ''}
            </Typography.Text>
            <Space size={4} wrap style={{ marginTop: 4 }}>
              {sent ? (
                <Tag color="success">{t('supervisionField.visited')}</Tag>
              ) : (
                <Tag>{t('supervisionField.notVisited')}</Tag>
              )}
              {waiting && <Tag color="processing">{t('supervisionField.inOutbox')}</Tag>}
              {refused && <Tag color="error">{t('supervisionField.state.needs-attention')}</Tag>}
              {draft && <Tag color="default">{t('supervisionField.draft')}</Tag>}
            </Space>
          </Space>
          <RightOutlined style={{ marginTop: 6 }} />
        </Space>
      </Link>
    </List.Item>
  );
}
