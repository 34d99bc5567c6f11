// Roster import: upload the committee's own roster (or the filled template), confirm or
// correct which roster field each column is, watch the row-by-row check, read every problem
// and the first rows as they will be written, and import only when there are none (all rows
// or nothing). The template's own headings skip the mapping step.
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
import { api } from '../../api/client';
import type { JobStatus, RosterImportStarted, RosterMapping } from '../../api/models';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import { useJob, type ImportProblem, type ImportResult } from './api';
import { ColumnMapping, mappingBody, proposedChoice, type MappingChoice, type UploadAnswer } from './ColumnMapping';
import { ImportSample, type SampleRow } from './ImportSample';
import '../../i18n/areas/members';

type Started = RosterImportStarted;
type Mapping = RosterMapping;
type Checked = ImportResult & { sample?: SampleRow[] };

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
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [choice, setChoice] = useState<MappingChoice | null>(null);
  /** The mapping the preview ran with; the commit sends the same (none for the template). */
  const [used, setUsed] = useState<Mapping | undefined>();
  const [preview, setPreview] = useState<Started | null>(null);
  const [commit, setCommit] = useState<Started | null>(null);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  /** Why the upload was refused (no heading row, unreadable file): kept on screen, not a passing toast. */
  const [refused, setRefused] = useState<string | null>(null);
  const previewJob = useJob(preview?.jobId ?? null);
  const commitJob = useJob(commit?.jobId ?? null);

  useEffect(() => {
    if (termId === undefined) setTermId(ref?.terms.find((x) => x.isCurrent)?.id);
  }, [ref, termId]);

  const checked = previewJob?.status === 'done' ? (previewJob.result as Checked) : null;
  const finished = commitJob?.status === 'done' ? (commitJob.result as ImportResult) : null;

  const start = async (file: File) => {
    reset();
    setUploading(true);
    try {
      const form = new FormData();
      form.append('file', file);
      const a: UploadAnswer = await api.upload('/api/members/import', form, { query: { termId } });
      setAnswer(a);
      setChoice(proposedChoice(a));
      // The template's own headings: its preview has started already.
      if (a.jobId) setPreview({ jobId: a.jobId, fileId: a.fileId, termId: a.termId });
    } catch (err) {
      setRefused((err as Error).message);
    } finally {
      setUploading(false);
    }
  };

  const runPreview = async () => {
    if (!answer || !choice) return;
    const mapping = mappingBody(answer, choice);
    setBusy(true);
    try {
      setPreview(
        await api.post('/api/members/import/preview', {
          body: { fileId: answer.fileId, termId: answer.termId, mapping },
        }),
      );
      setUsed(mapping);
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview?.fileId) return;
    try {
      setCommit(
        await api.post('/api/members/import/commit', {
          body: { fileId: preview.fileId, termId: preview.termId, ...(used && { mapping: used }) },
        }),
      );
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  function reset() {
    setRefused(null);
    setAnswer(null);
    setChoice(null);
    setUsed(undefined);
    setPreview(null);
    setCommit(null);
  }

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

  const step = commit ? 3 : preview ? 2 : answer ? 1 : 0;
  const problemsShown = finished && !finished.committed ? finished : checked && checked.problemCount ? checked : null;
  return (
    <Card title={t('members.importTitle')}>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={['step1', 'step2', 'step3', 'step4'].map((k) => ({ title: t(`members.${k}`) }))}
      />
      <Space orientation="vertical" size={20} style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('members.step1Hint')}
          </Typography.Paragraph>
          <Button icon={<DownloadOutlined />} href="/api/members/import/template" data-testid="download-template">
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
            disabled={uploading || busy || (!!commit && !finished)}
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
        {refused && <Alert type="error" showIcon data-testid="upload-refused" title={refused} />}
        {answer && choice && !preview && !commit && (
          <ColumnMapping answer={answer} choice={choice} onChange={setChoice} onPreview={runPreview} busy={busy} />
        )}
        {answer && preview && !commit && (
          <Space wrap>
            <Typography.Text type="secondary">
              {answer.layout.exact ? t('members.mappingTemplate') : t('members.mappingUsed')}
            </Typography.Text>
            <Button size="small" onClick={() => setPreview(null)} data-testid="mapping-edit">
              {t('members.mappingEdit')}
            </Button>
          </Space>
        )}
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
        {checked?.sample?.length && !finished ? <ImportSample rows={checked.sample} /> : null}
      </Space>
    </Card>
  );
}
