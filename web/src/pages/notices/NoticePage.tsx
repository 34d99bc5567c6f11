// One notice. A recipient reads it (opening it records the read receipt, once); the office
// also sees its actions (edit, publish, withdraw, Word copy) and who has and has not read it.
import { DownloadOutlined, EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../api/client';
import type { NoticeDetail } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import { STATUS_COLOURS } from './api';
import { ReceiptsPanel } from './ReceiptsPanel';

export function NoticePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/meeting-notices/{id}', { path: { id } });
  const n = q.data;
  const marked = useRef(false);
  useEffect(() => {
    // The receipt: the first time a recipient opens a published notice.
    if (n && n.recipient && !n.myReadAt && n.status === 'published' && !marked.current) {
      marked.current = true;
      void api.post('/api/meeting-notices/{id}/read', { path: { id } }).catch(() => (marked.current = false));
    }
  }, [n, id]);

  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!n) return <Card loading />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
      <Card
        styles={{ body: { padding: mobile ? 14 : 28 } }}
        extra={<OfficeButtons n={n} />}
        title={
          <Space wrap>
            {n.status !== 'published' && <Tag color={STATUS_COLOURS[n.status]}>{t(`notices.status.${n.status}`)}</Tag>}
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
              {formatDateTime(n.publishedAt ?? n.updatedAt)}
            </Typography.Text>
          </Space>
        }
      >
        <Typography.Title
          level={mobile ? 4 : 3}
          style={{ textAlign: 'center', marginTop: 0 }}
          data-testid="notice-title"
        >
          {n.title}
        </Typography.Title>
        {n.body.split(/\n+/).map((p, i) => (
          <Typography.Paragraph key={i} style={{ textIndent: '2em', fontSize: 15, lineHeight: 1.9 }}>
            {p}
          </Typography.Paragraph>
        ))}
        {n.meeting && (
          <Typography.Paragraph>
            {t('notices.meeting')}：<Link to={`/meetings/${n.meeting.id}`}>{n.meeting.title}</Link>
          </Typography.Paragraph>
        )}
        {n.attachments.length > 0 && (
          <div>
            <Typography.Text strong>{t('notices.attachments')}</Typography.Text>
            <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }}>
              {n.attachments.map((f) => (
                <li key={f.id}>
                  <PaperClipOutlined />{' '}
                  <Typography.Link href={apiUrl('/api/files/{id}', { path: { id: f.id }, query: {} })}>
                    {f.name}
                  </Typography.Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      {n.allowedActions.includes('noticeReceipts') && <ReceiptsPanel n={n} />}
    </Space>
  );
}

function OfficeButtons({ n }: { n: NoticeDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const may = (a: string) => n.allowedActions.includes(a);
  const path = { path: { id: n.id } };
  const run = async (step: () => Promise<string>) => {
    try {
      message.success(await step());
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Space wrap>
      {may('editNotice') && (
        <Link to={`/notices/${n.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('notices.edit')}</Button>
        </Link>
      )}
      {may('publishNotice') && (
        <Popconfirm
          title={t('notices.publishConfirm')}
          onConfirm={() =>
            run(async () => {
              const r = await api.post('/api/meeting-notices/{id}/publish', path);
              return r.withoutAccount
                ? t('notices.publishedWithout', { n: r.recipients, m: r.withoutAccount })
                : t('notices.published', { n: r.recipients });
            })
          }
        >
          <Button type="primary" data-testid="publish-notice">
            {t('notices.publish')}
          </Button>
        </Popconfirm>
      )}
      {may('withdrawNotice') && (
        <Popconfirm
          title={t('notices.withdrawConfirm')}
          onConfirm={() =>
            run(async () => {
              await api.post('/api/meeting-notices/{id}/withdraw', path);
              return t('notices.withdrawn');
            })
          }
        >
          <Button danger>{t('notices.withdraw')}</Button>
        </Popconfirm>
      )}
      {may('exportNotice') && (
        <Button
          icon={<DownloadOutlined />}
          href={apiUrl('/api/meeting-notices/{id}/notice.docx', path)}
          data-testid="notice-docx"
        >
          {t('notices.exportWord')}
        </Button>
      )}
    </Space>
  );
}
