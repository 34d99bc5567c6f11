// Attachments of a draft: files already on the proposal (listed, kept), and new uploads
// (PDF, DOCX, images) that the form sends as attachmentIds when it is saved.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ApiError, http } from '../../api/client';
import { useI18n } from '../../i18n';
import { fileUrl, type FileSummary } from './api';

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png,.webp';
export const MAX_ATTACHMENTS = 10;

export function AttachmentsField({ value, onChange, existing, id }: {
  value?: FileSummary[]; onChange?: (v: FileSummary[]) => void; existing: FileSummary[]; id?: string;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [list, setList] = useState<UploadFile<FileSummary>[]>([]);
  const room = MAX_ATTACHMENTS - existing.length;
  const sync = (next: UploadFile<FileSummary>[]) => {
    setList(next);
    onChange?.(next.filter((f) => f.status === 'done' && f.response).map((f) => f.response!));
  };
  // The form clears its value after a save: the uploads now belong to the proposal.
  if (value && value.length === 0 && list.some((f) => f.status === 'done')) setList([]);

  return (
    <div id={id}>
      {existing.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
          {existing.map((f) => (
            <li key={f.id}><PaperClipOutlined /> <a href={fileUrl(f)}>{f.name}</a></li>
          ))}
        </ul>
      )}
      <Upload<FileSummary>
        accept={ACCEPT} multiple fileList={list} maxCount={Math.max(room, 0)} disabled={room <= 0}
        onChange={({ fileList }) => sync(fileList)}
        customRequest={async ({ file, onSuccess, onError }) => {
          const form = new FormData();
          form.append('file', file as Blob);
          try {
            onSuccess?.(await http.upload<FileSummary>('/api/files?purpose=attachment', form));
          } catch (err) {
            const e = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', t('common.networkError'));
            message.error(`${(file as File).name}：${e.message}`);
            onError?.(Object.assign(new Error(e.message), { status: e.status }));
          }
        }}
      >
        <Button icon={<UploadOutlined />} disabled={room <= 0}>{t('proposals.upload')}</Button>
      </Upload>
    </div>
  );
}
