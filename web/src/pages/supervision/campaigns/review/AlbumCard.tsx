// The album (图册): when it was last built and its download, a button that builds it again as a
// background job with its progress; and, for a campaign of handling units, the step that feeds
// their scores to the proposals' unit evaluation.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/query';
import { formatDateTime, useI18n } from '../../../../i18n';
import type { EvalCampaign } from '../campaignsApi';

const POLL_MS = 700;
const finished = (status: string | undefined) => status === 'done' || status === 'failed';

export function AlbumCard(props: { campaignId: number; mayBuild: boolean; status: EvalCampaign['status'] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const path = { path: { id: props.campaignId } };
  const album = useApiQuery('/api/supervision/campaigns/{id}/album', path);
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useApiQuery('/api/jobs/{id}', jobId ? { path: { id: jobId } } : null, {
    refetchInterval: (q) => (finished(q.state.data?.status) ? false : POLL_MS),
    retry: false,
  }).data;
  const running = jobId !== null && !finished(job?.status);
  const done = job?.status === 'done';
  const { refetch } = album;
  // The album's file changes when the job is done: read it again then.
  useEffect(() => {
    if (done) void refetch();
  }, [done, refetch]);

  const build = async () => {
    try {
      setJobId((await api.post('/api/supervision/campaigns/{id}/album', path)).jobId);
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const a = album.data;
  return (
    <Space wrap align="center" data-testid="album-card">
      <Typography.Text strong>{L('albumTitle')}</Typography.Text>
      {a?.fileId ? (
        <>
          <a href={`/api/files/${a.fileId}`} download data-testid="album-download">
            <DownloadOutlined /> {L('albumDownload')}
          </a>
          <Typography.Text type="secondary">{L('albumBuiltAt', { at: formatDateTime(a.builtAt) })}</Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{L('albumNone')}</Typography.Text>
      )}
      {props.mayBuild ? (
        <Button onClick={build} loading={running} data-testid="album-build">
          {a?.fileId ? L('albumRebuild') : L('albumBuild')}
        </Button>
      ) : (
        props.status === 'open' && <Typography.Text type="secondary">{L('albumWaits')}</Typography.Text>
      )}
      {running && (
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }} data-testid="album-progress">
          <Progress
            type="circle"
            size={28}
            percent={job && job.total > 0 ? Math.round((100 * job.progress) / job.total) : 0}
          />
          {job?.status === 'running' ? L('albumBuilding', { done: job.progress, total: job.total }) : L('albumQueued')}
        </span>
      )}
      {job?.status === 'failed' && (
        <Typography.Text type="danger">{L('albumFailed', { message: job.message ?? '' })}</Typography.Text>
      )}
    </Space>
  );
}

export function UnitScoresButton({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const L = (k: string, v?: Record<string, number>) => t(`supervisionReview.${k}`, v);
  const [result, setResult] = useState<{ year: number; units: number } | null>(null);
  const feed = async () => {
    try {
      const r = await api.post('/api/supervision/campaigns/{id}/unit-scores', { path: { id: campaignId } });
      setResult(r);
      message.success(L('unitScoresDone', r));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Space wrap>
      <Popconfirm title={L('unitScoresConfirm')} onConfirm={feed}>
        <Button data-testid="unit-scores">{L('unitScores')}</Button>
      </Popconfirm>
      {result && (
        <Typography.Text type="success" data-testid="unit-scores-result">
          {L('unitScoresDone', result)}
        </Typography.Text>
      )}
    </Space>
  );
}
