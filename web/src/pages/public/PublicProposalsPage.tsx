// The public page: proposals marked public, with their replies, readable without signing in;
// filtered by organisation, term, year, category and state, and searched (PublicFilters).
import { Empty, List, Pagination, Space, Spin, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { PUBLIC_FILTER_KEYS, PublicFilters, type PublicFilterKey } from './PublicFilters';
import { PublicShell } from './PublicShell';
import { ReplyBlocks } from './ReplyBlocks';

export function PublicProposalsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const values: Partial<Record<PublicFilterKey, string>> = {};
  for (const k of PUBLIC_FILTER_KEYS) {
    const v = params.get(k);
    if (v) values[k] = v;
  }
  // Text from the address bar: the server checks each value (a wrong one is a 400, shown as empty).
  const query = { ...values, page, pageSize: 10 } as { page: number; pageSize: number };
  const list = useApiQuery('/api/public/proposals', { query }, KEEP_PAGE);
  const { data } = list;
  const loading = list.isFetching;

  const update = (next: Record<string, string | undefined>, keepPage = false) => {
    const sp = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next))
      if (v) sp.set(k, v);
      else sp.delete(k);
    if (!keepPage) sp.delete('page');
    setParams(sp);
  };

  return (
    <PublicShell orgName={data?.org.name}>
      <Typography.Title level={3}>{t('publicPage.subtitle')}</Typography.Title>
      <PublicFilters values={values} onChange={update} />
      {data && (
        <Typography.Paragraph type="secondary" data-testid="public-total">
          {t('publicPage.total', { n: data.total })}
        </Typography.Paragraph>
      )}
      {loading && !data ? (
        <Spin />
      ) : !data?.items.length ? (
        <Empty description={t('publicPage.empty')} />
      ) : (
        <List
          loading={loading}
          dataSource={data.items}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              style={{ display: 'block', background: '#fff', padding: 16, marginBottom: 12, borderRadius: 8 }}
            >
              <Space wrap size={4}>
                {p.numberLabel && <Typography.Text type="secondary">{p.numberLabel}</Typography.Text>}
                {p.category && <Tag>{p.category}</Tag>}
                <Tag color={p.state === 'closed' ? 'green' : 'blue'}>{t(`publicPage.state_${p.state}`)}</Tag>
              </Space>
              <Typography.Title level={5} style={{ margin: '6px 0' }}>
                <Link to={`/public/proposals/${p.id}`}>{p.title}</Link>
              </Typography.Title>
              <Typography.Text type="secondary">
                {t('publicPage.proposers')}：{p.proposers.join('、')}
              </Typography.Text>
              <ReplyBlocks replies={p.replies} clamp />
            </List.Item>
          )}
        />
      )}
      {data && data.total > data.pageSize && (
        <Pagination
          current={page}
          pageSize={data.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={(n) => update({ page: String(n) }, true)}
          style={{ textAlign: 'center' }}
        />
      )}
    </PublicShell>
  );
}
