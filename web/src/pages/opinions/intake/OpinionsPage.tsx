// 意见建议 (the office's and leaders' list): filters by campaign, organisation, channel, status,
// category and words, with the counts per status; paged; exported to Excel as filtered.
import { DownloadOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { apiUrl } from '../../../api/client';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDateTime, useI18n } from '../../../i18n';
import { CHANNELS, STATUS_COLOR, STATUSES, type OpinionListed } from '../intakeApi';

const num = (v: string | null) => (v ? Number(v) : undefined);

export function OpinionsPage() {
  const { t } = useI18n();
  const { can, me } = useSession();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const filters = {
    campaignId: num(params.get('campaignId')),
    orgId: num(params.get('orgId')),
    channel: (params.get('channel') ?? undefined) as OpinionListed['channel'] | undefined,
    status: (params.get('status') ?? undefined) as OpinionListed['status'] | undefined,
    categoryId: num(params.get('categoryId')),
    q: params.get('q') ?? undefined,
  };
  const page = Number(params.get('page')) || 1;
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const list = useApiQuery('/api/opinions', { query: { ...filters, page, pageSize: 20 } }, KEEP_PAGE);
  const choices = useApiQuery('/api/opinions/filters', {});
  const data = list.data;
  const orgs = me?.orgs ?? [];
  const status = (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`opinionsIntake.status.${s}`)}</Tag>;

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('opinionsIntake.listTitle')}
        </Typography.Title>
        <Space wrap>
          {can('opinions.manage') && (
            <Button
              icon={<FormOutlined />}
              onClick={() =>
                navigate(`/opinions/paper${filters.campaignId ? `?campaignId=${filters.campaignId}` : ''}`)
              }
            >
              {t('opinionsIntake.enterPaper')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={apiUrl('/api/opinions/export.xlsx', { query: filters })}>
            {t('opinionsIntake.export')}
          </Button>
        </Space>
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('opinionsIntake.campaign')}
            aria-label={t('opinionsIntake.campaign')}
            value={filters.campaignId}
            onChange={(v) => set('campaignId', v)}
            options={(choices.data?.campaigns ?? []).map((c) => ({ value: c.id, label: c.title }))}
          />
          {orgs.length > 1 && (
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('opinionsIntake.org')}
              aria-label={t('opinionsIntake.org')}
              value={filters.orgId}
              onChange={(v) => set('orgId', v)}
              options={orgs.map((o) => ({ value: o.id, label: o.shortName }))}
            />
          )}
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('opinionsIntake.channelLabel')}
            aria-label={t('opinionsIntake.channelLabel')}
            value={filters.channel}
            onChange={(v) => set('channel', v)}
            options={CHANNELS.map((c) => ({ value: c, label: t(`opinionsIntake.channel.${c}`) }))}
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('opinionsIntake.category')}
            aria-label={t('opinionsIntake.category')}
            value={filters.categoryId}
            onChange={(v) => set('categoryId', v)}
            options={(choices.data?.categories ?? [])
              .filter((c) => c.kind === 'category')
              .map((c) => ({ value: c.id, label: c.name }))}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('opinionsIntake.search')}
            defaultValue={filters.q}
            onSearch={(v) => set('q', v)}
          />
        </Space>
        <div style={{ marginTop: 12 }}>
          <Space wrap>
            <Tag.CheckableTag checked={!filters.status} onChange={() => set('status', undefined)}>
              {t('opinionsIntake.all')}
            </Tag.CheckableTag>
            {STATUSES.map((s) => (
              <Tag.CheckableTag key={s} checked={filters.status === s} onChange={() => set('status', s)}>
                {t(`opinionsIntake.status.${s}`)} {data?.counts[s] ?? 0}
              </Tag.CheckableTag>
            ))}
          </Space>
        </div>
      </Card>
      {mobile ? (
        <List
          dataSource={data?.items ?? []}
          loading={list.isLoading}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            onChange: (p) => set('page', p),
            size: 'small',
          }}
          renderItem={(o) => (
            <List.Item onClick={() => navigate(`/opinions/list/${o.id}`)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={
                  <Space wrap>
                    {o.title}
                    {status(o.status)}
                  </Space>
                }
                description={`${o.orgName} · ${t(`opinionsIntake.channel.${o.channel}`)} · ${o.author ?? t('opinionsIntake.anonymous')}`}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<OpinionListed>
          rowKey="id"
          size="small"
          dataSource={data?.items ?? []}
          loading={list.isLoading}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            onChange: (p) => set('page', p),
            showTotal: (n) => t('opinionsIntake.totalN', { n }),
            showSizeChanger: false,
          }}
          columns={[
            {
              title: t('opinionsIntake.opinionTitle'),
              render: (_, o) => (
                <div>
                  <Link to={`/opinions/list/${o.id}`}>{o.title}</Link>
                  <div style={{ color: '#595959', fontSize: 12 }}>{o.excerpt}</div>
                </div>
              ),
            },
            { title: t('opinionsIntake.org'), dataIndex: 'orgName', width: 90 },
            {
              title: t('opinionsIntake.channelLabel'),
              width: 100,
              render: (_, o) => t(`opinionsIntake.channel.${o.channel}`),
            },
            {
              title: t('opinionsIntake.author'),
              width: 100,
              render: (_, o) => o.author ?? t('opinionsIntake.anonymous'),
            },
            { title: t('opinionsIntake.category'), width: 100, render: (_, o) => o.category ?? '—' },
            { title: t('opinionsIntake.status'), width: 90, render: (_, o) => status(o.status) },
            { title: t('opinionsIntake.submittedAt'), width: 150, render: (_, o) => formatDateTime(o.createdAt) },
          ]}
        />
      )}
    </div>
  );
}
