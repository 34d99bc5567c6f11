// Leaders' instructions (批示) on the year's research reports; the office records them against a
// report that awaits one, leaders read.
import { Button, Card, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { LEADER_ROLES, type Figures, type LeaderRole } from './shared';

interface Values {
  reportId: number;
  role: LeaderRole;
  leaderName: string;
  givenOn: Dayjs;
  text: string;
}

export function InstructionsSection({ year, figures }: { year: number; figures: Figures | undefined }) {
  const { t } = useI18n();
  const { can } = useSession();
  const q = useApiQuery('/api/workplan/leaders/instructions', { query: { year } });
  const [open, setOpen] = useState(false);
  // The reports one may be recorded on: those of the year still awaiting an instruction and,
  // for a second instruction, those that have one.
  const reports = new Map<number, string>();
  for (const r of figures?.awaiting.reports ?? []) reports.set(r.id, r.title);
  for (const i of q.data ?? []) reports.set(i.reportId, i.reportTitle);

  return (
    <Card
      size="small"
      title={t('wpe.instructions')}
      extra={
        can('workplan.manage') &&
        reports.size > 0 && (
          <Button size="small" type="primary" onClick={() => setOpen(true)} data-testid="wpe-new-instruction">
            {t('wpe.newInstruction')}
          </Button>
        )
      }
    >
      <List
        loading={q.isLoading}
        dataSource={q.data ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text> }}
        renderItem={(i) => (
          <List.Item data-testid="wpe-instruction-row">
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag>{t(`wpe.role.${i.role}`)}</Tag>
                  {i.leaderName}
                  <Typography.Text type="secondary">{formatDate(i.givenOn)}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Link to={`/workplan/reports/${i.reportId}`}>{i.reportTitle}</Link>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{i.text}</div>
                </>
              }
            />
          </List.Item>
        )}
      />
      <FormModal<Values>
        open={open}
        title={t('wpe.newInstruction')}
        initialValues={{ role: 'party_secretary' }}
        onCancel={() => setOpen(false)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/leaders/instructions', {
            body: { ...v, givenOn: v.givenOn.format('YYYY-MM-DD') },
          });
          setOpen(false);
        }}
      >
        <Form.Item name="reportId" label={t('wpe.report')} rules={[{ required: true }]}>
          <Select options={[...reports].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="role" label={t('wpe.role')} rules={[{ required: true }]}>
          <Select options={LEADER_ROLES.map((r) => ({ value: r, label: t(`wpe.role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="leaderName"
          label={t('wpe.leaderName')}
          rules={[{ required: true, whitespace: true, min: 2, max: 40 }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="givenOn" label={t('wpe.givenOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('wpe.instructionText')}
          rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
