// 评议指标: the criteria edited in place (name, weight, max score, guide) with the weights' sum
// in view; saved as a whole while the campaign is a draft.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n';
import type { EvalCampaign } from './campaignsApi';

interface Row {
  key: number;
  name: string;
  weight: number | null;
  maxScore: number | null;
  guide: string;
}

let nextKey = 1;
const toRows = (c: EvalCampaign): Row[] =>
  c.criteria.map((k) => ({
    key: nextKey++,
    name: k.name,
    weight: k.weight,
    maxScore: k.maxScore,
    guide: k.guide ?? '',
  }));

export function CriteriaTab({ campaign, onSaved }: { campaign: EvalCampaign; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const editable = campaign.allowedActions.includes('setEvalCriteria');
  const [rows, setRows] = useState<Row[]>(() => toRows(campaign));
  const [saving, setSaving] = useState(false);
  const sum = rows.reduce((s, r) => s + (r.weight ?? 0), 0);
  const change = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    setSaving(true);
    try {
      const saved = await api.put('/api/supervision/campaigns/{id}/criteria', {
        path: { id: campaign.id },
        body: {
          criteria: rows.map((r) => ({
            name: r.name.trim(),
            weight: r.weight ?? 0,
            maxScore: r.maxScore ?? 10,
            guide: r.guide.trim() || null,
          })),
        },
      });
      setRows(toRows(saved));
      message.success(t('supervisionCampaigns.saved'));
      onSaved();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const label = (key: string, n: number) => `${t(`supervisionCampaigns.${key}`)} ${n}`;
  return (
    <div>
      {!editable && (
        <Typography.Paragraph type="secondary">{t('supervisionCampaigns.criteriaLocked')}</Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('supervisionCampaigns.criterionName'),
            width: 200,
            render: (_, r, i) =>
              editable ? (
                <Input
                  aria-label={label('criterionName', i + 1)}
                  value={r.name}
                  maxLength={40}
                  onChange={(e) => change(r.key, { name: e.target.value })}
                />
              ) : (
                r.name
              ),
          },
          {
            title: t('supervisionCampaigns.weight'),
            width: 100,
            render: (_, r, i) =>
              editable ? (
                <InputNumber
                  aria-label={label('weight', i + 1)}
                  min={1}
                  max={100}
                  value={r.weight}
                  onChange={(v) => change(r.key, { weight: v })}
                />
              ) : (
                r.weight
              ),
          },
          {
            title: t('supervisionCampaigns.maxScore'),
            width: 100,
            render: (_, r, i) =>
              editable ? (
                <InputNumber
                  aria-label={label('maxScore', i + 1)}
                  min={1}
                  max={100}
                  value={r.maxScore}
                  onChange={(v) => change(r.key, { maxScore: v })}
                />
              ) : (
                r.maxScore
              ),
          },
          {
            title: t('supervisionCampaigns.guide'),
            render: (_, r, i) =>
              editable ? (
                <Input.TextArea
                  aria-label={label('guide', i + 1)}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={1000}
                  value={r.guide}
                  onChange={(e) => change(r.key, { guide: e.target.value })}
                />
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{r.guide}</span>
              ),
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 56,
                  render: (_: unknown, r: Row) => (
                    <Button
                      type="text"
                      danger
                      aria-label={t('supervisionCampaigns.remove')}
                      icon={<DeleteOutlined />}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid="weight-sum">
          {t('supervisionCampaigns.weightSum', { sum })}
        </Typography.Text>
        {editable && (
          <Space wrap>
            <Button
              icon={<PlusOutlined />}
              disabled={rows.length >= 20}
              onClick={() =>
                setRows((rs) => [...rs, { key: nextKey++, name: '', weight: null, maxScore: 10, guide: '' }])
              }
            >
              {t('supervisionCampaigns.addCriterion')}
            </Button>
            <Button type="primary" loading={saving} disabled={rows.length === 0} onClick={save}>
              {t('supervisionCampaigns.saveCriteria')}
            </Button>
          </Space>
        )}
      </Space>
    </div>
  );
}
