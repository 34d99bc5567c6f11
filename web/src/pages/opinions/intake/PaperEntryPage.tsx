// 录入纸质意见表: the office enters many paper forms at once for its organisation and a campaign,
// a row each (name, contact, title, content, place); once saved, each form's receipt code is
// shown this once, to write on the slip the submitter keeps.
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, apiUrl, ApiError } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import '../intakeApi';

interface Row {
  authorName?: string;
  contact?: string;
  title: string;
  body: string;
  place?: string;
}
interface Values {
  campaignId?: number;
  rows: Row[];
}
type Receipts = ResponseOf<'/api/opinions/paper', 'post'>['receipts'];

const EMPTY: Row = { title: '', body: '' };

export function PaperEntryPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipts, setReceipts] = useState<Receipts | null>(null);
  const campaigns = useApiQuery('/api/opinions/campaigns', {});
  const open = (campaigns.data ?? []).filter((c) => c.status === 'open');

  const save = async (v: Values) => {
    setError(null);
    setBusy(true);
    try {
      const r = await api.post('/api/opinions/paper', {
        body: { campaignId: v.campaignId ?? null, rows: v.rows },
      });
      setReceipts(r.receipts);
      form.setFieldsValue({ rows: [EMPTY, EMPTY, EMPTY] });
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  /** A filled template: every row checked, none stored unless all are right; the bad rows listed. */
  const importFile = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const campaignId = form.getFieldValue('campaignId') as number | undefined;
      const r = await api.upload('/api/opinions/paper/import', body, { query: { campaignId } });
      setReceipts(r.receipts);
    } catch (err) {
      const rows = err instanceof ApiError ? Object.entries(err.fieldErrors()).map(([path, m]) => `${path}：${m}`) : [];
      setError([(err as Error).message, ...rows].join('\n'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Link to="/opinions/list">{t('opinionsIntake.listTitle')}</Link>
        <span>/</span>
      </Space>
      <Typography.Title level={3}>{t('opinionsIntake.paperTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('opinionsIntake.paperHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void importFile(f), false)}>
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('opinionsIntake.importExcel')}
          </Button>
        </Upload>
        <Button type="link" icon={<DownloadOutlined />} href={apiUrl('/api/opinions/paper/template.xlsx')}>
          {t('opinionsIntake.template')}
        </Button>
      </Space>
      {receipts && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setReceipts(null)}
          style={{ marginBottom: 16 }}
          title={t('opinionsIntake.paperSaved', { n: receipts.length })}
          description={
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={receipts}
              data-testid="paper-receipts"
              columns={[
                { title: t('opinionsIntake.opinionTitle'), dataIndex: 'title' },
                {
                  title: t('opinionsIntake.receipt'),
                  render: (_, r) => (
                    <Typography.Text code copyable>
                      {r.receipt}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ campaignId: Number(params.get('campaignId')) || undefined, rows: [EMPTY, EMPTY, EMPTY] }}
        onFinish={save}
      >
        {error && (
          <Alert
            type="error"
            showIcon
            title={<span style={{ whiteSpace: 'pre-wrap' }}>{error}</span>}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form.Item name="campaignId" label={t('opinionsIntake.campaign')}>
          <Select
            allowClear
            style={{ maxWidth: 360 }}
            options={open.map((c) => ({ value: c.id, label: c.title }))}
            placeholder={t('opinionsIntake.noCampaign')}
          />
        </Form.Item>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={t('opinionsIntake.formN', { n: i + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('common.delete')}
                      />
                    )
                  }
                >
                  <Space wrap align="start" style={{ width: '100%' }}>
                    <Form.Item name={[f.name, 'authorName']} label={t('opinionsIntake.author')} style={{ width: 130 }}>
                      <Input maxLength={20} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'contact']} label={t('opinionsIntake.contact')} style={{ width: 170 }}>
                      <Input maxLength={60} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'place']} label={t('opinionsIntake.place')} style={{ width: 200 }}>
                      <Input maxLength={60} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'title']}
                      label={t('opinionsIntake.opinionTitle')}
                      rules={[{ required: true, min: 4, max: 60 }]}
                      style={{ width: 320 }}
                    >
                      <Input />
                    </Form.Item>
                  </Space>
                  <Form.Item
                    name={[f.name, 'body']}
                    label={t('opinionsIntake.body')}
                    rules={[{ required: true, min: 10, max: 3000 }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                </Card>
              ))}
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add(EMPTY)} disabled={fields.length >= 100}>
                  {t('opinionsIntake.addRow')}
                </Button>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('opinionsIntake.savePaper')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </div>
  );
}
