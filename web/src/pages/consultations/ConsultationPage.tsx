// One consultation for the office and leaders: its state and counts, the office's steps (open,
// close, public link, re-analyse), the statements with the moderation of pending ones, and the
// report: the opinion map (lazy ECharts), group sizes, representative statements, common ground
// and divisive statements, with the Polis-format CSV files.
import '../../i18n/areas/consultations';
import { Alert, Button, Card, Input, List, Modal, Select, Space, Tag, Typography, message } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import { STATUS_COLOR } from './ConsultationsPage';

const OpinionMap = lazy(() => import('./OpinionMap').then((m) => ({ default: m.OpinionMap })));

export function ConsultationPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const detail = useApiQuery('/api/consultations/{id}', { path: { id } });
  const statements = useApiQuery('/api/consultations/{id}/statements', { path: { id }, query: {} });
  const report = useApiQuery('/api/consultations/{id}/report', { path: { id } });
  const [token, setToken] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const c = detail.data;
  if (!c) return null;
  const allowed = new Set(c.allowed);
  const act = async (run: () => Promise<unknown>, done?: string) => {
    await run();
    // The write itself refreshes the consultation's queries (api/query.ts, ALSO_STALE).
    if (done) void message.success(t(done));
  };
  const r = report.data;
  const share = (x: { repfulFor: string; share: number }) =>
    t(x.repfulFor === 'agree' ? 'consultations.agreeShare' : 'consultations.disagreeShare', {
      share: Math.round(x.share * 100),
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <Tag color={STATUS_COLOR[c.status]}>{t(`consultations.${c.status}`)}</Tag>
      </Space>
      <Typography.Paragraph>{c.description}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('consultations.counts', c.counts)}</Typography.Text>
      <Space wrap>
        {allowed.has('openConsultation') && (
          <Button
            type="primary"
            onClick={() =>
              act(() => api.post('/api/consultations/{id}/open', { path: { id } }), 'consultations.opened')
            }
          >
            {t('consultations.open_action')}
          </Button>
        )}
        {allowed.has('closeConsultation') && (
          <Button
            onClick={() =>
              act(() => api.post('/api/consultations/{id}/close', { path: { id } }), 'consultations.closedDone')
            }
          >
            {t('consultations.close_action')}
          </Button>
        )}
        {allowed.has('setPublicLink') && (
          <Space>
            {t('consultations.publicLink')}
            <Select
              aria-label={t('consultations.publicLink')}
              value={c.publicMode}
              style={{ width: 120 }}
              options={(['off', 'named', 'anonymous'] as const).map((m) => ({
                value: m,
                label: t(`consultations.public${m[0]!.toUpperCase()}${m.slice(1)}`),
              }))}
              onChange={(mode) =>
                act(async () => {
                  const res = await api.post('/api/consultations/{id}/public', { path: { id }, body: { mode } });
                  if (res.token) setToken(res.token);
                })
              }
            />
          </Space>
        )}
        {allowed.has('analyseConsultation') && (
          <Button onClick={() => act(() => api.post('/api/consultations/{id}/analyse', { path: { id } }))}>
            {t('consultations.analyse')}
          </Button>
        )}
      </Space>
      {token && (
        <Alert
          type="info"
          message={t('consultations.linkShown')}
          description={<Typography.Text copyable>{`${location.origin}/public/consultations/${token}`}</Typography.Text>}
        />
      )}

      <Card title={t('consultations.report')} data-testid="consultation-report">
        {!r?.analysedAt ? (
          <Typography.Text type="secondary">{t('consultations.notAnalysed')}</Typography.Text>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {t('consultations.analysedAt', { at: formatDateTime(r.analysedAt) })}
            </Typography.Text>
            <Suspense fallback={null}>
              <OpinionMap points={r.points} groups={r.groups.length} />
            </Suspense>
            <Typography.Title level={5}>{t('consultations.repness')}</Typography.Title>
            {r.groups.map((g) => (
              <Card key={g.index} size="small" title={t('consultations.groupSize', { n: g.index + 1, size: g.size })}>
                <List
                  size="small"
                  dataSource={g.repness}
                  renderItem={(x) => <List.Item extra={<Tag>{share(x)}</Tag>}>{x.body}</List.Item>}
                />
              </Card>
            ))}
            <Typography.Title level={5}>{t('consultations.consensus')}</Typography.Title>
            <List
              size="small"
              dataSource={r.consensus}
              locale={{ emptyText: t('consultations.noneYet') }}
              renderItem={(x) => <List.Item>{x.body}</List.Item>}
            />
            <Typography.Title level={5}>{t('consultations.divisive')}</Typography.Title>
            <List
              size="small"
              dataSource={r.divisive}
              locale={{ emptyText: t('consultations.noneYet') }}
              renderItem={(x) => (
                <List.Item extra={<Tag>{x.agree.map((a) => `${Math.round(a * 100)}%`).join(' / ')}</Tag>}>
                  {x.body}
                </List.Item>
              )}
            />
            <Space wrap>
              {t('consultations.exportCsv')}
              {(['comments.csv', 'votes.csv', 'participants-votes.csv'] as const).map((f) => (
                <a key={f} href={`/api/consultations/${id}/export/${f}`}>
                  {f}
                </a>
              ))}
            </Space>
          </Space>
        )}
      </Card>

      <Card title={t('consultations.statements')}>
        <List
          dataSource={statements.data ?? []}
          loading={statements.isLoading}
          renderItem={(s) => (
            <List.Item
              data-testid={`statement-${s.id}`}
              actions={
                s.status === 'pending' && allowed.has('moderateStatements')
                  ? [
                      <Button
                        key="accept"
                        type="link"
                        onClick={() =>
                          act(() =>
                            api.post('/api/consultation-statements/{id}/moderate', {
                              path: { id: s.id },
                              body: { decision: 'accept' },
                            }),
                          )
                        }
                      >
                        {t('consultations.accept')}
                      </Button>,
                      <Button key="reject" type="link" danger onClick={() => setRejecting(s.id)}>
                        {t('consultations.reject')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={s.body}
                description={
                  <Space wrap>
                    <Tag>{t(`consultations.${s.status}`)}</Tag>
                    {s.rejectReason}
                    {`${t('consultations.votes')} ${s.votes}`}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={rejecting !== null}
        title={t('consultations.rejectReason')}
        onCancel={() => setRejecting(null)}
        onOk={() =>
          act(async () => {
            await api.post('/api/consultation-statements/{id}/moderate', {
              path: { id: rejecting! },
              body: { decision: 'reject', reason },
            });
            setRejecting(null);
            setReason('');
          })
        }
      >
        <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
      </Modal>
    </Space>
  );
}
