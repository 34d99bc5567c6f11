// The objects' import: the template, then the filled workbook checked row by row (nothing
// stored); the preview shows each row with its errors in red under their column, and the same
// file is imported only when no row is wrong.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, apiUrl } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { useI18n } from '../../../i18n';

type Preview = Extract<ResponseOf<'/api/supervision/campaigns/{id}/objects/import', 'post'>, { rows: unknown }>;
type PreviewRow = Preview['rows'][number];

// The workbook's columns as the server names them in its errors (the template's headings).
const COLUMNS = [
  ['name', '名称', 'objectName'],
  ['address', '地址', 'address'],
  ['district', '所在区县', 'district'],
  ['category', '类别', 'category'],
  ['lat', '纬度', 'lat'],
  ['lon', '经度', 'lon'],
  ['responsibleUnit', '责任单位', 'responsibleUnit'],
] as const;

export function ObjectsImport({ campaignId, onImported }: { campaignId: number; onImported(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);

  const send = (f: File, previewOnly: boolean) => {
    const form = new FormData();
    form.append('file', f);
    return api.upload('/api/supervision/campaigns/{id}/objects/import', form, {
      path: { id: campaignId },
      query: { preview: previewOnly ? '1' : '0' },
    });
  };
  const check = async (f: File) => {
    setBusy(true);
    try {
      setPreview((await send(f, true)) as Preview);
      setFile(f);
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = (await send(file, false)) as { added: number };
      message.success(t('supervisionCampaigns.imported', { n: r.added }));
      setPreview(null);
      setFile(null);
      onImported();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const cell = (r: PreviewRow, key: (typeof COLUMNS)[number][0], heading: string) => {
    const errors = r.errors.filter((e) => e.column === heading);
    const value = r.values[key];
    return (
      <>
        <div>{value ?? ''}</div>
        {errors.map((e) => (
          <Typography.Text key={e.message} type="danger" style={{ display: 'block', fontSize: 12 }}>
            {e.message}
          </Typography.Text>
        ))}
      </>
    );
  };
  const headings = new Set<string>(COLUMNS.map((c) => c[1]));
  return (
    <>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void check(f), false)}>
        <Button icon={<UploadOutlined />} loading={busy && !preview} data-testid="objects-import">
          {t('supervisionCampaigns.importObjects')}
        </Button>
      </Upload>
      <Button
        type="link"
        icon={<DownloadOutlined />}
        href={apiUrl('/api/supervision/campaigns/{id}/objects/template.xlsx', { path: { id: campaignId } })}
      >
        {t('supervisionCampaigns.template')}
      </Button>
      <Modal
        open={!!preview}
        width={1000}
        title={preview && t('supervisionCampaigns.previewTitle', { valid: preview.valid, invalid: preview.invalid })}
        onCancel={() => setPreview(null)}
        footer={
          <Space wrap style={{ justifyContent: 'flex-end' }}>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void check(f), false)}>
              <Button icon={<UploadOutlined />}>{t('supervisionCampaigns.chooseFile')}</Button>
            </Upload>
            <Button
              type="primary"
              loading={busy}
              disabled={!preview || preview.invalid > 0 || preview.valid === 0}
              onClick={confirm}
            >
              {t('supervisionCampaigns.confirmImport')}
            </Button>
          </Space>
        }
      >
        {preview && preview.invalid > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('supervisionCampaigns.previewFix')} />
        )}
        <Table<PreviewRow>
          rowKey="row"
          size="small"
          pagination={false}
          dataSource={preview?.rows ?? []}
          scroll={{ x: 900, y: 420 }}
          data-testid="import-preview"
          rowClassName={(r) => (r.errors.length ? 'import-row-wrong' : '')}
          columns={[
            {
              title: t('supervisionCampaigns.row'),
              dataIndex: 'row',
              width: 56,
              render: (row: number, r) => (
                <>
                  <div>{row}</div>
                  {r.errors
                    .filter((e) => !headings.has(e.column))
                    .map((e) => (
                      <Typography.Text key={e.message} type="danger" style={{ display: 'block', fontSize: 12 }}>
                        {e.message}
                      </Typography.Text>
                    ))}
                </>
              ),
            },
            ...COLUMNS.map(([key, heading, label]) => ({
              key,
              title: t(`supervisionCampaigns.${label}`),
              render: (_: unknown, r: PreviewRow) => cell(r, key, heading),
            })),
          ]}
        />
      </Modal>
    </>
  );
}
