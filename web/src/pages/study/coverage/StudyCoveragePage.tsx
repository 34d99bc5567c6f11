// 培训覆盖: the office's and leaders' dashboard of training coverage, computed by the server
// from attendance — gauges of all and new members in the year and the term against the
// targets, the breakdowns by committee, sector, party and county, the cohorts, the year's
// classes and the list of the unreached. Every figure opens the members behind it.
import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Grid, Popconfirm, Progress, Row, Select, Space, Spin, Table, Tabs, Tag, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, apiUrl } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { addArea, useI18n } from '../../../i18n';
import { studyCoverage } from '../../../i18n/messages/studyCoverage';
import { useRefData } from '../../admin/useRefData';
import { EChart } from '../../proposals/stats/EChart';
import { percent } from '../../proposals/stats/format';
import { gauge, shareBars, type Colours } from './charts';
import { MembersDrawer, type Drill, type ListFilter } from './MembersDrawer';
import { CohortDialog, TargetsDialog } from './SettingsDialogs';
import { UnreachedCard } from './UnreachedCard';

addArea('studyCoverage', studyCoverage);

type Coverage = ResponseOf<'/api/study/coverage'>;
type Bucket = Coverage['byCommittee'][number];
type Dimension = 'committee' | 'sector' | 'party' | 'county';

const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
const thisYear = () => Number(chinaDay(new Date().toISOString()).slice(0, 4));

/** The list filter of a breakdown's bucket. */
function bucketFilter(d: Dimension, key: string): ListFilter {
  if (d === 'committee') return { committeeId: Number(key) };
  if (d === 'sector') return { sectorId: Number(key) };
  if (d === 'party') return { party: key };
  return { countyId: Number(key) };
}

export function StudyCoveragePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const mobile = !Grid.useBreakpoint().md;
  const [year, setYear] = useState(thisYear());
  const [drill, setDrill] = useState<Drill | null>(null);
  const [dimension, setDimension] = useState<Dimension>('committee');
  const [dialog, setDialog] = useState<'targets' | 'cohort' | null>(null);
  const query = useApiQuery('/api/study/coverage', { query: { year } }, KEEP_PAGE);
  const sessions = useApiQuery('/api/study/coverage/sessions', { query: { year } }, KEEP_PAGE);
  const { data: refData } = useRefData(me?.currentOrg.id);
  const c = query.data;
  const colours: Colours = {
    primary: token.colorPrimary,
    track: token.colorFillSecondary,
    text: token.colorText,
    success: token.colorSuccess,
  };
  const scope = { year };
  const open = (label: string, filter: ListFilter, status?: Drill['status']) =>
    setDrill({ label, filter: { ...scope, ...filter }, status });

  const buckets: Record<Dimension, Bucket[]> = c
    ? { committee: c.byCommittee, sector: c.bySector, party: c.byParty, county: c.byCounty }
    : { committee: [], sector: [], party: [], county: [] };
  const shown = buckets[dimension];
  const bars = useMemo(
    () =>
      shareBars(
        shown.map((b) => ({ label: b.label, ...b.year })),
        colours,
        t('studyCoverage.trained'),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the colours follow the theme, fixed per page
    [shown, t],
  );

  if (!c)
    return (
      <div style={{ textAlign: 'center', padding: 48 }}>
        <Spin />
      </div>
    );

  const target = (m: 'all' | 'new') => c.targets.find((x) => x.measure === m)?.percent;
  const gauges = [
    { key: 'allYear', f: c.overall.year, target: target('all'), filter: {} },
    { key: 'allTerm', f: c.overall.term, target: undefined, filter: { period: 'term' as const } },
    { key: 'newYear', f: c.newMembers.year, target: target('new'), filter: { isNew: 'true' as const } },
    { key: 'newTerm', f: c.newMembers.term, target: undefined, filter: { isNew: 'true' as const, period: 'term' as const } },
  ];
  const committees = (refData?.committees ?? []).map((x) => ({ value: x.id, label: x.name }));
  const sectors = (refData?.sectors ?? []).map((x) => ({ value: x.id, label: x.name }));
  const dimensions: Dimension[] = c.byCounty.length > 1 ? ['committee', 'sector', 'party', 'county'] : ['committee', 'sector', 'party'];
  const byKey = { committee: 'byCommittee', sector: 'bySector', party: 'byParty', county: 'byCounty' } as const;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="coverage-page">
      <Card size="small">
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            aria-label={t('studyCoverage.year')}
            style={{ width: 110 }}
            options={[0, 1, 2].map((d) => ({ value: thisYear() - d, label: String(thisYear() - d) }))}
          />
          <Button icon={<FileWordOutlined />} href={apiUrl('/api/study/coverage/report.docx', { query: scope })} data-testid="coverage-report">
            {t('studyCoverage.report')}
          </Button>
          {c.canManage && (
            <Button onClick={() => setDialog('targets')} data-testid="set-targets">
              {t('studyCoverage.setTargets')}
            </Button>
          )}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('studyCoverage.hint')}
        </Typography.Paragraph>
      </Card>

      <Row gutter={[16, 16]}>
        {gauges.map((g) => (
          <Col xs={12} md={6} key={g.key}>
            <Card
              size="small"
              hoverable
              title={t(`studyCoverage.${g.key}`)}
              onClick={() => open(t(`studyCoverage.${g.key}`), g.filter)}
              data-testid={`gauge-${g.key}`}
            >
              <EChart option={gauge(g.f.share, g.target, colours)} height={mobile ? 120 : 150} />
              <div style={{ textAlign: 'center' }} data-testid={`figure-${g.key}`}>
                {t('studyCoverage.ofTotal', { trained: g.f.trained, total: g.f.total })}
              </div>
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('studyCoverage.targets')} style={{ height: '100%' }}>
            {c.targets.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyCoverage.noTargets')} />
            ) : (
              c.targets.map((x) => (
                <div key={x.measure} style={{ marginBottom: 12 }} data-testid={`target-${x.measure}`}>
                  <Space wrap>
                    <span>{t('studyCoverage.targetLine', { label: x.label, percent: x.percent, share: percent(x.share) })}</span>
                    <Tag color={x.met ? 'success' : 'warning'}>{t(x.met ? 'studyCoverage.met' : 'studyCoverage.notMet')}</Tag>
                  </Space>
                  <Progress
                    percent={Math.round((x.share ?? 0) * 1000) / 10}
                    strokeColor={x.met ? token.colorSuccess : token.colorPrimary}
                    aria-label={x.label}
                  />
                </div>
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('studyCoverage.cohorts')}
            style={{ height: '100%' }}
            extra={
              c.canManage && (
                <Button size="small" onClick={() => setDialog('cohort')} data-testid="add-cohort">
                  {t('studyCoverage.addCohort')}
                </Button>
              )
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.cohorts}
              locale={{ emptyText: t('studyCoverage.noCohorts') }}
              scroll={{ x: 420 }}
              onRow={(x) => ({ onClick: () => open(x.name, { cohortId: x.id }), style: { cursor: 'pointer' } })}
              columns={[
                { title: t('studyCoverage.cohortName'), dataIndex: 'name' },
                { title: t('studyCoverage.cohortKind'), dataIndex: 'kind', render: (k: string) => t(`studyCoverage.kind.${k}`) },
                {
                  title: t('studyCoverage.share'),
                  render: (_, x) => (
                    <Space size={8}>
                      <span>{t('studyCoverage.ofTotal', { trained: x.trained, total: x.total })}</span>
                      <Progress percent={Math.round((x.share ?? 0) * 1000) / 10} strokeColor={token.colorPrimary} size="small" style={{ width: 90 }} aria-label={x.name} />
                    </Space>
                  ),
                },
                ...(c.canManage
                  ? [
                      {
                        title: '',
                        width: 60,
                        render: (_: unknown, x: Coverage['cohorts'][number]) => (
                          <span onClick={(e) => e.stopPropagation()}>
                            <Popconfirm
                              title={t('studyCoverage.deleteCohortConfirm')}
                              onConfirm={async () => {
                                await api.delete('/api/study/coverage/cohorts/{id}', { path: { id: x.id } });
                                message.success(t('studyCoverage.deleted'));
                              }}
                            >
                              <Button type="link" size="small" danger>
                                {t('studyCoverage.deleteCohort')}
                              </Button>
                            </Popconfirm>
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('studyCoverage.breakdown')}>
        <Tabs
          activeKey={dimension}
          onChange={(k) => setDimension(k as Dimension)}
          items={dimensions.map((d) => ({ key: d, label: t(`studyCoverage.${byKey[d]}`) }))}
        />
        {shown.length ? (
          <EChart
            option={bars}
            height={Math.max(200, shown.length * 30 + 40)}
            onPick={(i) => shown[i] && open(shown[i].label, bucketFilter(dimension, shown[i].key))}
            testId={`bars-${dimension}`}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>

      <Card size="small" title={t('studyCoverage.sessions')}>
        <Table
          size="small"
          rowKey="meetingId"
          pagination={false}
          loading={sessions.isFetching}
          dataSource={sessions.data ?? []}
          locale={{ emptyText: t('studyCoverage.noSessions') }}
          scroll={{ x: 480 }}
          columns={[
            { title: t('studyCoverage.date'), dataIndex: 'startsAt', width: 110, render: (v: string) => chinaDay(v) },
            {
              title: t('studyCoverage.meeting'),
              dataIndex: 'title',
              render: (v: string, s) => <Link to={`/meetings/${s.meetingId}`}>{v}</Link>,
            },
            { title: t('studyCoverage.present'), dataIndex: 'present', width: 100 },
          ]}
        />
      </Card>

      <UnreachedCard scope={scope} committees={committees} sectors={sectors} />

      <MembersDrawer drill={drill} onClose={() => setDrill(null)} mobile={mobile} />
      {dialog === 'targets' && <TargetsDialog coverage={c} open onClose={() => setDialog(null)} />}
      {dialog === 'cohort' && <CohortDialog year={year} open onClose={() => setDialog(null)} />}
    </Space>
  );
}
