// The member's reader (我的学习 › one material), phone first: the article's text, the document's
// files or the video's link; the first open is recorded, visible time is sent as heartbeats, and
// he marks it read (for a video: says he has watched it) and writes an optional reflection.
import { ArrowLeftOutlined, CheckCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Input, Space, Typography, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { formatDateTime, useI18n } from '../../../i18n';
import { durationParts } from './api';
import { MaterialContent, MaterialHeading } from './MaterialContent';
import { useReadingClock } from './useReadingClock';

export function ReaderPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const id = Number(useParams().id);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/study/materials/{id}', { path: { id } });
  const m = q.data;
  const reading = !!m?.mine && m.status === 'published';
  const opened = useRef(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // The open: the first is recorded; a later one restarts the heartbeat's clock on the server.
    if (!reading || opened.current) return;
    opened.current = true;
    api
      .post('/api/study/materials/{id}/open', { path: { id } })
      .then(() => setReady(true))
      .catch(() => (opened.current = false));
  }, [reading, id]);
  const seconds = useReadingClock(id, reading && ready, m?.mine?.seconds ?? 0);
  const [text, setText] = useState<string | null>(null);
  const reflection = text ?? m?.mine?.reflection ?? '';

  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!m) return <Card loading />;
  const mine = m.mine;
  const finish = async () => {
    try {
      await api.post('/api/study/materials/{id}/finish', { path: { id } });
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const saveReflection = async () => {
    try {
      await api.put('/api/study/materials/{id}/reflection', { path: { id }, body: { text: reflection } });
      setText(null);
      message.success(t('studyMaterials.reflectionSaved'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 820 }}>
      <Link to="/study/mine">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }}>
          {t('studyMaterials.back')}
        </Button>
      </Link>
      <Card styles={{ body: { padding: mobile ? 14 : 28 } }}>
        <MaterialHeading m={m} mobile={mobile} />
        <MaterialContent m={m} />
      </Card>
      {mine && (
        <Card size="small" styles={{ body: { padding: mobile ? 12 : 16 } }} data-testid="reader-finish">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('studyMaterials.spent', { time: t('studyMaterials.duration', durationParts(seconds)) })}
          </Typography.Paragraph>
          {mine.finishedAt ? (
            <Typography.Text>
              <CheckCircleFilled style={{ color: token.colorSuccess }} />{' '}
              {t('studyMaterials.finishedOn', { at: formatDateTime(mine.finishedAt) })}
            </Typography.Text>
          ) : (
            m.allowedActions.includes('finishMaterial') && (
              <Button type="primary" block={mobile} size="large" onClick={finish} data-testid="mark-read">
                {m.kind === 'video' ? t('studyMaterials.markWatched') : t('studyMaterials.markRead')}
              </Button>
            )
          )}
        </Card>
      )}
      {mine && m.allowedActions.includes('reflectMaterial') && (
        <Card size="small" title={t('studyMaterials.reflectionTitle')} styles={{ body: { padding: mobile ? 12 : 16 } }}>
          <Input.TextArea
            value={reflection}
            onChange={(e) => setText(e.target.value)}
            maxLength={1000}
            showCount
            rows={5}
            placeholder={t('studyMaterials.reflectionPlaceholder')}
            aria-label={t('studyMaterials.reflectionTitle')}
            data-testid="reflection-input"
          />
          <Button
            style={{ marginTop: 28 }}
            block={mobile}
            disabled={reflection.trim().length < 2 || text === null}
            onClick={saveReflection}
            data-testid="save-reflection"
          >
            {t('studyMaterials.saveReflection')}
          </Button>
        </Card>
      )}
    </Space>
  );
}
