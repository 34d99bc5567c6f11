// One public proposal: its full text and every formal reply.
import { Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { PublicShell } from './PublicShell';
import { ReplyBlocks } from './ReplyBlocks';

export function PublicProposalPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { data: p, error } = useApiQuery('/api/public/proposals/{id}', { path: { id: Number(id) } });
  const back = (
    <Link to="/public/proposals">
      <Button>{t('publicPage.back')}</Button>
    </Link>
  );
  if (error && !p)
    return (
      <PublicShell>
        <Result status="404" title={error.message} extra={back} />
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
