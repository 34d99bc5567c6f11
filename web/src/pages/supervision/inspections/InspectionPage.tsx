// One inspection: what, when, who leads it and its state, with the office's steps (edit,
// publish, start, finish, cancel with a reason); then its participants, sites, findings and
// recommendations. Participants see it read-only, laid out for a phone.
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { InspectionDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { InspectionForm } from './InspectionForm';
import { FindingsCard, ParticipantsCard, SitesCard } from './InspectionParts';
import { RecommendationsCard } from './RecommendationsCard';
import { datesOf, InspectionStatusTag } from './shared';

export function InspectionPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/supervision/inspections/{id}', { path: { id } });
  const i = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!i) return <Alert type="error" showIcon title={q.error?.message} />;
  const office = can('supervision.manage') || can('supervision.read_all');

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 1040 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{i.title}</span>}
        extra={<Link to={office ? '/supervision/inspections' : '/supervision/inspections/mine'}>{t('insp.back')}</Link>}
      >
        <Space size={8} wrap>
          <InspectionStatusTag status={i.status} />
          <Typography.Text type="secondary">{t(`insp.kind.${i.kind}`)}</Typography.Text>
        </Space>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('insp.dates')}>{datesOf(i, formatDate)}</Descriptions.Item>
          <Descriptions.Item label={t('insp.leader')}>{i.leader?.name ?? t('insp.noLeader')}</Descriptions.Item>
          <Descriptions.Item label={t('insp.subject')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{i.subject}</span>
          </Descriptions.Item>
        </Descriptions>
        {i.cancelReason && <Alert type="warning" showIcon title={t('insp.cancelReason', { reason: i.cancelReason })} />}
        <Steps i={i} />
      </Card>
      <ParticipantsCard i={i} />
      <SitesCard i={i} />
      <FindingsCard i={i} />
      {(i.recommendations.length > 0 || i.allowedActions.includes('addRecommendation')) && (
        <RecommendationsCard i={i} />
      )}
    </Space>
  );
}

/** The office's steps on the inspection, as its allowed actions say. */
function Steps({ i }: { i: InspectionDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null);
  const may = (a: string) => i.allowedActions.includes(a);
  const path = { path: { id: i.id } };
  const run = async (step: 'publish' | 'start' | 'finish') => {
    try {
      if (step === 'publish') await api.post('/api/supervision/inspections/{id}/publish', path);
      else if (step === 'start') await api.post('/api/supervision/inspections/{id}/start', path);
      else await api.post('/api/supervision/inspections/{id}/finish', path);
      message.success(t('insp.done'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  if (!['editInspection', 'publishInspection', 'startInspection', 'finishInspection'].some(may)) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {may('editInspection') && <Button onClick={() => setOpen('edit')}>{t('insp.edit')}</Button>}
        {may('publishInspection') && (
          <Popconfirm title={t('insp.publishConfirm')} onConfirm={() => run('publish')}>
            <Button type="primary" data-testid="inspection-publish">
              {t('insp.publish')}
            </Button>
          </Popconfirm>
        )}
        {may('startInspection') && (
          <Button type="primary" onClick={() => run('start')} data-testid="inspection-start">
            {t('insp.start')}
          </Button>
        )}
        {may('finishInspection') && (
          <Button type="primary" onClick={() => run('finish')} data-testid="inspection-finish">
            {t('insp.finish')}
          </Button>
        )}
        {may('cancelInspection') && (
          <Button danger onClick={() => setOpen('cancel')}>
            {t('insp.cancel')}
          </Button>
        )}
      </Space>
      {open === 'edit' && (
        <InspectionForm inspection={i} onCancel={() => setOpen(null)} onSaved={() => setOpen(null)} />
      )}
      <FormModal<{ reason: string }>
        open={open === 'cancel'}
        title={t('insp.cancelTitle')}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          await api.post('/api/supervision/inspections/{id}/cancel', { ...path, body: { reason: v.reason } });
          setOpen(null);
        }}
      >
        <Form.Item name="reason" label={t('insp.reason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
