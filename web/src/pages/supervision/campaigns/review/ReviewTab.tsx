// 评议: the office's review of a campaign — the figures, the ranking (sortable, filtered by
// district and category; a list on a phone), the distribution and ranking charts, the album and
// its printable page, the units' scores; a row opens the object's drawer.
import { Alert, Card, Col, Grid, List, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../../../api/query';
import { collator, useI18n } from '../../../../i18n';
import type { EvalCampaign } from '../campaignsApi';
import { AlbumCard, UnitScoresButton } from './AlbumCard';
import { ObjectDrawer } from './ObjectDrawer';
import { points, type ReviewRow } from './reviewApi';

const ReviewCharts = lazy(() => import('./ReviewCharts'));

const choices = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].sort(collator.compare).map((v) => ({ value: v, label: v }));

export function ReviewTab({ campaign }: { campaign: EvalCampaign }) {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, number>) => t(`supervisionReview.${k}`, v);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/supervision/campaigns/{id}/review', { path: { id: campaign.id } });
  const [district, setDistrict] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [open, setOpen] = useState<number | null>(null);
  const data = q.data;
  const rows = useMemo(
    () =>
      (data?.objects ?? []).filter(
        (r) => (!district || r.district === district) && (!category || r.category === category),
      ),
    [data, district, category],
  );
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!data) return null;
  const may = (a: string) => data.allowedActions.includes(a);
  const figures: [string, number][] = [
    ['objects', data.totals.objects],
    ['visits', data.totals.visits],
    ['photos', data.totals.photos],
    ['members', data.totals.members],
    ['flagged', data.totals.flagged],
    ['reviewed', data.totals.reviewed],
  ];
  const name = (r: ReviewRow) => (
    <a href={`#object-${r.objectId}`} onClick={(e) => (e.preventDefault(), setOpen(r.objectId))}>
      {r.name}
    </a>
  );
  const rank = (r: ReviewRow) => r.rank ?? <Typography.Text type="secondary">{L('notVisited')}</Typography.Text>;
  const byNumber = (f: (r: ReviewRow) => number | null) => (a: ReviewRow, b: ReviewRow) =>
    // Nobody visited: below every score (scores are never negative).
    (f(a) ?? -1) - (f(b) ?? -1);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-tab">
      <Row gutter={[12, 12]}>
        {figures.map(([k, n]) => (
          <Col key={k} xs={12} sm={8} lg={4}>
            <Card size="small">
              <Statistic
                title={L(k)}
                value={n}
                valueStyle={k === 'flagged' && n > 0 ? { color: '#d48806' } : undefined}
                data-testid={`review-figure-${k}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <AlbumCard campaignId={campaign.id} mayBuild={may('buildEvalAlbum')} status={campaign.status} />
        <Link to={`/supervision/campaigns/${campaign.id}/album/print`} data-testid="review-print-link">
          {L('print')}
        </Link>
        {may('feedUnitScores') && <UnitScoresButton campaignId={campaign.id} />}
      </Space>
      <Space wrap>
        <Select
          allowClear
          placeholder={L('allDistricts')}
          aria-label={L('district')}
          style={{ minWidth: 140 }}
          value={district}
          onChange={setDistrict}
          options={choices(data.objects.map((o) => o.district))}
        />
        <Select
          allowClear
          placeholder={L('allCategories')}
          aria-label={L('category')}
          style={{ minWidth: 140 }}
          value={category}
          onChange={setCategory}
          options={choices(data.objects.map((o) => o.category))}
        />
      </Space>
      {mobile ? (
        <List
          dataSource={rows}
          locale={{ emptyText: L('noObjects') }}
          data-testid="review-ranking"
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                avatar={<Tag>{rank(r)}</Tag>}
                title={name(r)}
                description={`${[r.district, r.category].filter(Boolean).join(' · ')} · ${L('score')} ${points(
                  r.score,
                )} · ${L('spread')} ${points(r.spread)} · ${L('visitsCount')} ${r.visits}`}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<ReviewRow>
          rowKey="objectId"
          size="small"
          dataSource={rows}
          data-testid="review-ranking"
          locale={{ emptyText: L('noObjects') }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: L('rank'),
              render: (_, r) => rank(r),
              sorter: (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9),
              width: 70,
            },
            { title: L('object'), render: (_, r) => name(r), sorter: (a, b) => collator.compare(a.name, b.name) },
            { title: L('district'), dataIndex: 'district' },
            { title: L('category'), dataIndex: 'category' },
            {
              title: L('score'),
              align: 'right',
              render: (_, r) => points(r.score),
              sorter: byNumber((r) => r.score),
            },
            {
              title: <Tooltip title={L('spreadHint')}>{L('spread')}</Tooltip>,
              align: 'right',
              render: (_, r) => points(r.spread),
              sorter: byNumber((r) => r.spread),
            },
            ...data.criteria.map((c) => ({
              title: `${c.name}（${c.weight}）`,
              align: 'right' as const,
              render: (_: unknown, r: ReviewRow) => points(r.criteria.find((x) => x.criterionId === c.id)?.mean),
              sorter: byNumber((r) => r.criteria.find((x) => x.criterionId === c.id)?.mean ?? null),
            })),
            {
              title: L('visitsCount'),
              align: 'right',
              render: (_, r) => (
                <Space size={4}>
                  {r.visits}
                  {r.flagged > 0 && <Tag color="warning">{`${L('flagged')} ${r.flagged}`}</Tag>}
                </Space>
              ),
              sorter: byNumber((r) => r.visits),
            },
          ]}
        />
      )}
      <Suspense fallback={null}>
        <ReviewCharts distribution={data.distribution} rows={rows} filtered={!!district || !!category} />
      </Suspense>
      <ObjectDrawer
        campaign={campaign}
        objectId={open}
        mayWrite={may('writeEvalReview')}
        mayChoose={may('chooseAlbumPhotos')}
        onClose={() => setOpen(null)}
      />
    </Space>
  );
}
