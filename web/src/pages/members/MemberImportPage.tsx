// Roster import: download the template, upload a filled file, watch the row-by-row check,
// read every problem, and import only when there are none (all rows or nothing).
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Progress,
  Result,
  Select,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, apiUrl } from '../../api/client';
import type { ImportStarted as Started, JobStatus } from '../../api/models';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import { useJob, type ImportProblem, type ImportResult } from './api';

function JobProgress({ job, label }: { job: JobStatus | null; label: string }) {
  const { t } = useI18n();
  const percent = job && job.total ? Math.round((job.progress / job.total) * 100) : 0;
  const text = job?.message ?? label;
  return (
    <div data-testid="import-progress">
      <Typography.Text type="secondary">
        {text}
        {job && job.total ? `（${job.progress} / ${job.total}）` : ''}
      </Typography.Text>
      <Progress
        percent={job?.status === 'done' ? 100 : percent}
        status={job?.status === 'failed' ? 'exception' : 'active'}
      />
      {job?.status === 'failed' && <Alert type="error" showIcon title={job.message ?? t('members.jobFailed')} />}
    </div>
  );
}

function Problems({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  return (
    <Table<ImportProblem & { key: number }>
      data-testid="import-problems"
      size="small"
      dataSource={result.problems.map((p, key) => ({ ...p, key }))}
      pagination={{
        pageSize: 20,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (n) => t('common.total', { n }),
      }}
      scroll={{ x: 640 }}
      columns={[
        { title: t('members.problemRow'), dataIndex: 'row', width: 70 },
        { title: t('members.problemColumn'), dataIndex: 'column', width: 100 },
        { title: t('members.problemValue'), dataIndex: 'value', width: 180, ellipsis: true },
        {
          title: t('members.problemMessage'),
          dataIndex: 'message',
          render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text>,
        },
      ]}
    />
  );
}

export function MemberImportPage() {
  const { me } = useSession();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const { data: ref } = useRefData(me?.currentOrg.id);
  const [termId, setTermId] = useState<number | undefined>();
  const [preview, setPreview] = useState<Started | null>(null);
  const [commit, setCommit] = useState<Started | null>(null);
  const [uploading, setUploading] = useState(false);
  const previewJob = useJob(preview?.jobId ?? null);
  const commitJob = useJob(commit?.jobId ?? null);

  useEffect(() => {
    if (termId === undefined) setTermId(ref?.terms.find((x) => x.isCurrent)?.id);
  }, [ref, termId]);

  const checked = previewJob?.status === 'done' ? (previewJob.result as ImportResult) : null;
  const finished = commitJob?.status === 'done' ? (commitJob.result as ImportResult) : null;

  const start = async (file: File) => {
    setPreview(null);
    setCommit(null);
    setUploading(true);
    try {
      const form = new FormData();
      form.append('file', file);
      setPreview(await api.upload('/api/members/import', form, { query: { termId } }));
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setUploading(false);
    }
  };

  const confirm = async () => {
    if (!preview?.fileId) return;
    try {
      setCommit(
        await api.post('/api/members/import/commit', { body: { fileId: preview.fileId, termId: preview.termId } }),
      );
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const reset = () => {
    setPreview(null);
    setCommit(null);
  };

  if (finished?.committed) {
    return (
      <Card>
        <Result
          status="success"
          title={t('members.imported', { n: finished.imported })}
          subTitle={t('members.importedSub', { term: finished.termName })}
          extra={[
            <Link key="roster" to="/members">
              <Button type="primary">{t('members.viewRoster')}</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              {t('members.importAnother')}
            </Button>,
          ]}
        />
      </Card>
    );
  }

  const step = commit ? 2 : preview ? 1 : 0;
  const problemsShown = finished && !finished.committed ? finished : checked && checked.problemCount ? checked : null;
  return (
    <Card title={t('members.importTitle')}>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[{ title: t('members.step1') }, { title: t('members.step2') }, { title: t('members.step3') }]}
      />
      <Space orientation="vertical" size={20} style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('members.step1Hint')}
          </Typography.Paragraph>
          <Button
            icon={<DownloadOutlined />}
            href={apiUrl('/api/members/import/template')}
            data-testid="download-template"
          >
            {t('members.downloadTemplate')}
          </Button>
        </div>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('members.step2Hint')}
          </Typography.Paragraph>
          <Space style={{ marginBottom: 12 }} wrap>
            <span>{t('members.importTerm')}</span>
            <Select
              style={{ width: 160 }}
              value={termId}
              onChange={setTermId}
              aria-label={t('members.importTerm')}
              options={(ref?.terms ?? []).map((x) => ({ value: x.id, label: x.name }))}
              disabled={!!commit}
            />
          </Space>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={uploading || (!!commit && !finished)}
            beforeUpload={(file) => {
              void start(file);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('members.chooseFile')}</p>
          </Upload.Dragger>
        </div>
        {uploading && <JobProgress job={null} label={t('members.uploading')} />}
        {preview && !checked && <JobProgress job={previewJob} label={t('members.reading')} />}
        {commit && !finished && <JobProgress job={commitJob} label={t('members.committing')} />}
        {checked && !checked.problemCount && !commit && (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            title={t('members.previewOk', { rows: checked.rows })}
            action={
              <Button type="primary" onClick={confirm} data-testid="import-commit">
                {t('members.commit', { n: checked.validRows })}
              </Button>
            }
          />
        )}
        {finished && !finished.committed && <Alert type="error" showIcon title={t('members.commitFailed')} />}
        {problemsShown && (
          <>
            <Alert
              type="error"
              showIcon
              data-testid="import-summary"
              title={
                problemsShown.rows
                  ? t('members.previewBad', {
                      rows: problemsShown.rows,
                      bad: problemsShown.badRows,
                      n: problemsShown.problemCount,
                    })
                  : t('members.fileProblem')
              }
              description={
                problemsShown.truncated
                  ? t('members.previewTruncated', { n: problemsShown.problems.length })
                  : undefined
              }
            />
            <Problems result={problemsShown} />
          </>
        )}
      </Space>
    </Card>
  );
}
