// 我的发言 (phone first): every speech the member handed in, the latest meeting first, each
// with its state and the office's note; a card opens the meeting, where he revises it.
import { Alert, Card, Empty, Grid, List, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MySpeech } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { timeRange } from './api';
import { SpeechTag } from './SpeechParts';

export function MySpeechesPage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const q = useApiQuery('/api/meetings/my-speeches', {});
  return (
    <Card
      title={t('meetingSpeeches.mySpeeches')}
      style={{ maxWidth: mobile ? undefined : 900 }}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
    >
      <Typography.Paragraph type="secondary">{t('meetingSpeeches.mySpeechesHint')}</Typography.Paragraph>
      {q.error && <Alert type="error" showIcon title={q.error.message} style={{ marginBottom: 12 }} />}
      <List<MySpeech>
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetingSpeeches.noneMine')} />,
        }}
        renderItem={(s) => (
          <List.Item style={{ padding: 0, border: 'none' }}>
            <Card
              size="small"
              hoverable
              onClick={() => navigate(`/meetings/${s.meetingId}`)}
              style={{ marginBottom: 10, width: '100%' }}
              data-testid="my-speech-card"
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 6 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {s.meetingTitle}
                </Typography.Text>
                <SpeechTag status={s.status} />
              </div>
              <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ marginBottom: 4, fontSize: 15 }}>
                {s.title}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {timeRange(s.meetingStartsAt, s.meetingEndsAt)}
              </Typography.Text>
              {s.reviewNote && (
                <Typography.Paragraph
                  type={s.status === 'returned' ? 'warning' : 'secondary'}
                  style={{ margin: '6px 0 0' }}
                >
                  {t('meetingSpeeches.note')}：{s.reviewNote}
                </Typography.Paragraph>
              )}
            </Card>
          </List.Item>
        )}
      />
    </Card>
  );
}
