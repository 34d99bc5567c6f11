// One 社情民意 report: its steps (submitted, edited, decided, published, instructed), the
// current text, every version with the tracked changes against the one before, the forwarding
// and the leaders' instructions with what followed (those two shown once there are any). The author reads it on his phone; the office
// acts on it (ReportActions); leaders read it.
import { Alert, Card, Collapse, Descriptions, Grid, List, Space, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { ReportActions } from './ReportActions';
import { STATUS_COLORS, type ReportDetail } from './reportsApi';
import { TrackedChanges } from './TrackedChanges';

function stepsOf(r: ReportDetail) {
  const edited = r.versions.length > 1;
  const decided = r.status === 'adopted' || r.status === 'rejected' || r.status === 'published';
  const keys = ['submitted', 'edited', 'decided', 'published', 'instructed'] as const;
  const done = [true, edited || decided, decided, r.status === 'published', r.instructions.length > 0];
  return { keys, current: done.lastIndexOf(true), rejected: r.status === 'rejected' };
}

export function ReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/opinions/reports/{id}', { path: { id } });
  const r = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!r) return null;
  const s = stepsOf(r);
  const versions = [...r.versions].reverse();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 900 }}>
      <Card
        title={r.title}
        styles={{ body: { padding: mobile ? 12 : 24 } }}
        extra={<Tag color={STATUS_COLORS[r.status]}>{t(`opinionsReports.status.${r.status}`)}</Tag>}
        data-testid="report-card"
      >
        <Steps
          size="small"
          direction={mobile ? 'vertical' : 'horizontal'}
          current={s.current}
          status={s.rejected ? 'error' : undefined}
          items={s.keys.map((k) => ({ title: t(`opinionsReports.step.${k}`) }))}
          style={{ marginBottom: 16 }}
        />
        <Descriptions size="small" column={mobile ? 1 : 2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('opinionsReports.authors')}>
            {r.authors.map((a) => a.name).join('、') || t(`opinionsReports.source.${r.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsReports.submittedAt')}>
            {formatDateTime(r.submittedAt)} · {t(`opinionsReports.source.${r.source}`)}
          </Descriptions.Item>
          {r.decidedAt && (
            <Descriptions.Item label={t('opinionsReports.decision')}>
              {t(`opinionsReports.status.${r.status === 'rejected' ? 'rejected' : 'adopted'}`)}
              {r.decisionReason ? `（${t('opinionsReports.reason')}：${r.decisionReason}）` : ''}
            </Descriptions.Item>
          )}
          {r.issue && (
            <Descriptions.Item label={t('opinionsReports.issue')}>
              {r.issue.label}
              {r.issue.issuedOn ? ` · ${formatDate(r.issue.issuedOn)}` : ''}
            </Descriptions.Item>
          )}
        </Descriptions>
        <ReportActions report={r} onDone={() => void q.refetch()} />
        <Typography.Title level={5}>{t('opinionsReports.current')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }} data-testid="report-body-text">
          {r.body}
        </Typography.Paragraph>
      </Card>

      <Card title={t('opinionsReports.versions')} size="small">
        {/* Keyed by the number of versions: a new version (an edit just saved) opens as the latest. */}
        <Collapse
          key={versions.length}
          size="small"
          defaultActiveKey={versions.length > 1 ? [versions[0]!.number] : []}
          items={versions.map((v) => ({
            key: v.number,
            label: (
              <Space wrap size={4}>
                {t('opinionsReports.version', { n: v.number })}
                <Tag>{v.byOffice ? t('opinionsReports.byOffice') : t('opinionsReports.byAuthor')}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(v.createdAt)}
                </Typography.Text>
              </Space>
            ),
            children: (
              <div data-testid={`version-${v.number}`}>
                {v.note && (
                  <Typography.Paragraph type="secondary">
                    {t('opinionsReports.note')}：{v.note}
                  </Typography.Paragraph>
                )}
                {v.changes ? (
                  <>
                    {v.changes.title.some((x) => x.op !== 'equal') && (
                      <Typography.Paragraph>
                        {t('opinionsReports.titleChanged')}
                        <TrackedChanges spans={v.changes.title} />
                      </Typography.Paragraph>
                    )}
                    {v.changes.body.some((x) => x.op !== 'equal') ? (
                      <TrackedChanges spans={v.changes.body} />
                    ) : (
                      <Typography.Text type="secondary">{t('opinionsReports.noChanges')}</Typography.Text>
                    )}
                  </>
                ) : (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.body}</Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      </Card>

      {r.forwards.length > 0 && (
        <Card title={t('opinionsReports.forwards')} size="small">
          <List
            size="small"
            dataSource={r.forwards}
            renderItem={(f) => (
              <List.Item key={f.id}>
                {formatDate(f.forwardedOn)} · {t(`opinionsReports.level.${f.level}`)} · {f.recipient}
              </List.Item>
            )}
          />
        </Card>
      )}
      {r.instructions.length > 0 && (
        <Card title={t('opinionsReports.instructions')} size="small" data-testid="instructions">
          <List
            dataSource={r.instructions}
            renderItem={(x) => (
              <List.Item key={x.id} data-testid="instruction">
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Typography.Text strong>
                    {x.leader}（{t(`opinionsReports.level.${x.level}`)}）· {formatDate(x.instructedOn)}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0 }}>{x.text}</Typography.Paragraph>
                  <Typography.Text type={x.followUp ? undefined : 'secondary'}>
                    {t('opinionsReports.followUp')}：{x.followUp ?? t('opinionsReports.noFollowUp')}
                  </Typography.Text>
                  {r.allowedActions.includes('recordInstruction') && (
                    <ReportActions report={r} instructionId={x.id} onDone={() => void q.refetch()} />
                  )}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}
