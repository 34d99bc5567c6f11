// One public proposal: its full text and every formal reply.
import { Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, http } from '../../api/client';
import { useI18n } from '../../i18n';
import { PublicShell } from './PublicShell';
import { ReplyBlocks, type PublicReply } from './ReplyBlocks';

interface Detail {
  id: number;
  numberLabel: string | null;
  title: string;
  proposers: string[];
  category: string | null;
  state: 'replied' | 'closed';
  replies: PublicReply[];
  reasons: string;
  suggestions: string;
}

export function PublicProposalPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [p, setP] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    http
      .get<Detail>(`/api/public/proposals/${id}`)
      .then(setP, (err) => setError(err instanceof ApiError ? err.message : t('common.networkError')));
  }, [id, t]);
  const back = (
    <Link to="/public/proposals">
      <Button>{t('publicPage.back')}</Button>
    </Link>
  );
  if (error)
    return (
      <PublicShell>
        <Result status="404" title={error} extra={back} />
      </PublicShell>
    );
  if (!p)
    return (
      <PublicShell>
        <Spin />
      </PublicShell>
    );
  const section = (title: string, body: string) => (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{body}</Typography.Paragraph>
    </>
  );
  return (
    <PublicShell>
      <Card>
        <Space wrap size={4}>
          {p.numberLabel && <Typography.Text type="secondary">{p.numberLabel}</Typography.Text>}
          {p.category && <Tag>{p.category}</Tag>}
          <Tag color={p.state === 'closed' ? 'green' : 'blue'}>{t(`publicPage.state_${p.state}`)}</Tag>
        </Space>
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="public-title">
          {p.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('publicPage.proposers')}：{p.proposers.join('、')}
        </Typography.Paragraph>
        {section(t('publicPage.reasons'), p.reasons)}
        {section(t('publicPage.suggestions'), p.suggestions)}
        <Typography.Title level={5}>{t('publicPage.replies')}</Typography.Title>
        <ReplyBlocks replies={p.replies} />
        <div style={{ marginTop: 16 }}>{back}</div>
      </Card>
    </PublicShell>
  );
}
