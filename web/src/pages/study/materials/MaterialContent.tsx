// What a material says: the article's paragraphs, the document's files to download, or the
// video's link (opened in a new window). Shared by the office's page and the member's reader.
import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { formatDate, useI18n } from '../../../i18n';
import { Documents } from '../../meetings/guide/parts';
import { KIND_COLOURS, type MaterialDetail } from './api';

export function MaterialHeading({ m, mobile }: { m: MaterialDetail; mobile: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={mobile ? 4 : 3} style={{ marginTop: 0 }} data-testid="material-title">
        {m.title}
      </Typography.Title>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <Tag color={KIND_COLOURS[m.kind]}>{t(`studyMaterials.kind.${m.kind}`)}</Tag>
        {m.mine?.overdue && <Tag color="red">{t('studyMaterials.overdue')}</Tag>}
        <Typography.Text type="secondary">{t('studyMaterials.minutesShort', { n: m.minutes })}</Typography.Text>
        <Typography.Text type="secondary">
          {m.deadline ? t('studyMaterials.dueBy', { date: formatDate(m.deadline) }) : t('studyMaterials.noDeadline')}
        </Typography.Text>
      </div>
      <Typography.Paragraph type="secondary">{m.summary}</Typography.Paragraph>
    </>
  );
}

export function MaterialContent({ m, onVideo }: { m: MaterialDetail; onVideo?: () => void }) {
  const { t } = useI18n();
  if (m.kind === 'article')
    return (
      <div data-testid="material-body">
        {(m.body ?? '').split(/\n+/).map((p, i) => (
          <Typography.Paragraph key={i} style={{ textIndent: '2em', fontSize: 16, lineHeight: 1.9 }}>
            {p}
          </Typography.Paragraph>
        ))}
      </div>
    );
  if (m.kind === 'video')
    return (
      <div>
        <Typography.Paragraph type="secondary">{t('studyMaterials.videoHint')}</Typography.Paragraph>
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          href={m.url ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
          onClick={onVideo}
          data-testid="open-video"
        >
          {t('studyMaterials.openVideo')}
        </Button>
      </div>
    );
  return (
    <div>
      <Typography.Text strong>{t('studyMaterials.attachments')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <Documents files={m.attachments} />
      </div>
    </div>
  );
}
