// Attachments of a draft: files already on the proposal (each may be marked for removal,
// sent as removeAttachmentIds), and new uploads (PDF, DOCX, images) that the form sends as
// attachmentIds. Both take effect when the draft is saved.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import type { FileSummary } from '../../api/models';
import { fileUrl } from './api';
import '../../i18n/areas/proposals';

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,.webp';
export const MAX_ATTACHMENTS = 10;

/** The files already on the proposal; `value` is the ids marked for removal on the next save. */
export function ExistingAttachments({
  files,
  value = [],
  onChange,
}: {
  files: FileSummary[];
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  if (!files.length) return null;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }} data-testid="existing-attachments">
      {files.map((f) => {
        const removing = value.includes(f.id);
        return (
          <li key={f.id} style={{ display: 'flex', alignItems: 'baseline', gap: 8, minWidth: 0 }}>
            <PaperClipOutlined />
            {removing ? (
              <Typography.Text delete type="secondary" ellipsis style={{ minWidth: 0 }}>
                {f.name}
              </Typography.Text>
            ) : (
              <Typography.Link href={fileUrl(f)} ellipsis style={{ minWidth: 0 }}>
                {f.name}
              </Typography.Link>
            )}
            {removing ? (
              <span style={{ flex: 'none' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('proposals.attachmentRemoving')}
                </Typography.Text>{' '}
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => onChange?.(value.filter((x) => x !== f.id))}
                >
                  {t('proposals.attachmentKeep')}
                </Button>
              </span>
            ) : (
              <Popconfirm
                title={t('proposals.attachmentRemoveConfirm', { name: f.name })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => onChange?.([...value, f.id])}
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  style={{ padding: 0, flex: 'none' }}
                  data-testid="attachment-remove"
                >
                  {t('proposals.attachmentRemove')}
                </Button>
              </Popconfirm>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** New uploads; `kept` is how many files already on the proposal stay, for the limit. */
export function AttachmentsField({
  value,
  onChange,
  kept,
  id,
}: {
  value?: FileSummary[];
  onChange?: (v: FileSummary[]) => void;
  kept: number;
  id?: string;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [list, setList] = useState<UploadFile<FileSummary>[]>([]);
  const room = MAX_ATTACHMENTS - kept;
  const sync = (next: UploadFile<FileSummary>[]) => {
    setList(next);
    onChange?.(next.filter((f) => f.status === 'done' && f.response).map((f) => f.response!));
  };
  // The form clears its value after a save: the uploads now belong to the proposal.
  if (value && value.length === 0 && list.some((f) => f.status === 'done')) setList([]);

  return (
    <div id={id}>
      <Upload<FileSummary>
        accept={ACCEPT}
        multiple
        fileList={list}
        maxCount={Math.max(room, 0)}
        disabled={room <= 0}
        onChange={({ fileList }) => sync(fileList)}
        customRequest={async ({ file, onSuccess, onError }) => {
          const form = new FormData();
          form.append('file', file as Blob);
          try {
            onSuccess?.(await api.upload('/api/files', form, { query: { purpose: 'attachment' } }));
          } catch (err) {
            const e = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', t('common.networkError'));
            message.error(`${(file as File).name}：${e.message}`);
            onError?.(Object.assign(new Error(e.message), { status: e.status }));
          }
        }}
      >
        <Button icon={<UploadOutlined />} disabled={room <= 0}>
          {t('proposals.upload')}
        </Button>
      </Upload>
    </div>
  );
}
