import { Card, Tag, Typography } from 'antd';
import type { PublicReply } from '../../api/models';
import { formatDate, useI18n } from '../../i18n';
import { useResultLabel } from '../proposals/resultLabel';

const colors = { A: 'green', B: 'blue', C: 'gold', D: 'default' } as const;

export function ReplyBlocks({ replies, clamp }: { replies: PublicReply[]; clamp?: boolean }) {
  const { t } = useI18n();
  const labelOf = useResultLabel();
  if (!replies.length) return <Typography.Text type="secondary">{t('publicPage.noReply')}</Typography.Text>;
  return (
    <>
      {replies.map((r, i) => (
        <Card
          key={i}
          data-testid="public-reply"
          size="small"
          style={{ marginTop: 8, background: '#fafafa' }}
          title={
            <>
              {t('publicPage.reply', { unit: r.unit })}{' '}
              {r.resultClass && (
                <Tag color={colors[r.resultClass]}>
                  {r.resultClass} {labelOf(r.resultClass, r.resultLabel)}
                </Tag>
              )}
            </>
          }
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(r.date)}
            </Typography.Text>
          }
        >
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
            ellipsis={clamp ? { rows: 3, expandable: true } : false}
          >
            {r.body}
          </Typography.Paragraph>
        </Card>
      ))}
    </>
  );
}
