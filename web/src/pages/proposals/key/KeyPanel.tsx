// 重点提案 on a proposal's page: where the key-proposal decision stands, the leading leader,
// and the record of the leader's instructions (批示), supervision visits and meetings, with
// a button to add one for the office and the leading leader.
import { PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { valuesOf, type KeyEventKind, type ProposalDetail } from '../../../api/models';
import { isoDay } from '../handling/UnitActions';
import './KeyActions';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const KEY_EVENT_KINDS = valuesOf<KeyEventKind>()(['instruction', 'visit', 'meeting', 'other']);
const KIND_COLOURS: Record<KeyEventKind, string> = {
  instruction: 'red',
  visit: 'blue',
  meeting: 'green',
  other: 'gray',
};
const STATUS_COLOURS = { nominated: 'processing', approved: 'red', declined: 'default' } as const;

export function KeyPanel({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [adding, setAdding] = useState(false);
  const shown = p.keyStatus !== null;
  const events = useApiQuery('/api/proposals/{id}/key/events', shown ? { path: { id: p.id } } : null).data?.items ?? [];
  if (!p.keyStatus) return null;
  const canRecord = p.allowedActions.includes('recordKeyEvent');

  return (
    <Card
      size="small"
      title={t('proposalsHandling.key.panelTitle')}
      data-testid="key-panel"
      extra={
        canRecord && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-key-event">
            {t('proposalsHandling.key.record')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('proposalsHandling.key.status')}>
          <Tag color={STATUS_COLOURS[p.keyStatus]} bordered={false}>
            {t(`proposalsHandling.key.status.${p.keyStatus}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('proposals.keyLeader')}>
          {p.keyLeader?.name ?? (
            <Typography.Text type="secondary">{t('proposalsHandling.key.noLeader')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {events.length > 0 && (
        <Timeline
          style={{ marginTop: 12 }}
          items={events.map((e) => ({
            key: e.id,
            color: KIND_COLOURS[e.kind],
            content: (
              <>
                <Tag bordered={false}>{t(`proposalsHandling.key.kind.${e.kind}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDate(e.happenedOn)}
                  {e.leader ? ` · ${e.leader.name}` : ''}
                </Typography.Text>
                <div style={{ whiteSpace: 'pre-wrap' }}>{e.summary}</div>
              </>
            ),
          }))}
        />
      )}
      <FormModal<{ kind: KeyEventKind; happenedOn: Dayjs; summary: string }>
        open={adding}
        title={t('proposalsHandling.key.recordTitle')}
        initialValues={{ kind: 'instruction', happenedOn: dayjs() }}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          // The answer is the whole record; the write refreshes the list above with it.
          await api.post('/api/proposals/{id}/key/events', {
            path: { id: p.id },
            body: { kind: v.kind, happenedOn: isoDay(v.happenedOn), summary: v.summary },
          });
          setAdding(false);
          message.success(t('common.saved'));
        }}
      >
        <Form.Item name="kind" label={t('proposalsHandling.key.kindLabel')}>
          <Select options={KEY_EVENT_KINDS.map((k) => ({ value: k, label: t(`proposalsHandling.key.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="happenedOn"
          label={t('proposalsHandling.key.happenedOn')}
          rules={[{ required: true, message: t('proposalsHandling.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('proposalsHandling.key.summary')}
          rules={[{ required: true, whitespace: true, message: t('proposalsHandling.notesRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
