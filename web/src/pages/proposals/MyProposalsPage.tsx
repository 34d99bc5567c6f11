// 我的提案: a member's own proposals (and those he co-signs) as cards on a phone, a table
// on a desk; pending co-proposer invitations on top; a button to start a new draft.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Grid, List, Segmented, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { formatDate, useI18n } from '../../i18n';
import type { ProposalItem } from '../../api/models';
import { InvitationsCard } from './InvitationsCard';
import { KindTag, MarkTags, NumberLabel, StateTag } from './ProposalTags';
import '../../i18n/areas/proposals';

const PAGE_SIZE = 10;
const GROUPS = {
  all: undefined,
  drafts: 'draft,returned',
  review: 'submitted',
  handling: 'accepted,assigned,handling',
  // Answered: the proposer's rating of the reply is what the proposal waits for.
  rate: 'replied',
  done: 'closed,rejected,converted,merged,withdrawn',
} as const;
type Group = keyof typeof GROUPS;

export function MyProposalsPage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const group = (params.get('group') ?? 'all') as Group;
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApiQuery(
    '/api/proposals',
    { query: { mine: 'true', state: GROUPS[group], page, pageSize: PAGE_SIZE, sort: '-updatedAt' } },
    KEEP_PAGE,
  );
  const { data } = list;
  const loading = list.isFetching;
  const error = list.error?.message ?? null;

  const go = (next: { group?: Group; page?: number }) =>
    setParams((prev) => {
      const sp = new URLSearchParams(prev);
      if (next.group) {
        sp.set('group', next.group);
        sp.delete('page');
      }
      if (next.page) sp.set('page', String(next.page));
      return sp;
    });

  const newButton = (
    <Link to="/proposals/new">
      <Button
        type="primary"
        icon={<PlusOutlined />}
        block={mobile}
        size={mobile ? 'large' : 'middle'}
        data-testid="new-proposal"
      >
        {t('proposals.newDraft')}
      </Button>
    </Link>
  );
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: data?.total ?? 0,
    onChange: (p: number) => go({ page: p }),
    simple: mobile,
    showTotal: (n: number) => t('common.total', { n }),
    hideOnSinglePage: mobile,
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: mobile ? undefined : 1100 }}>
      <InvitationsCard />
      <Card
        title={t('proposals.mineTitle')}
        extra={!mobile && newButton}
        styles={{ body: { padding: mobile ? 12 : 24 } }}
      >
        {mobile && <div style={{ marginBottom: 12 }}>{newButton}</div>}
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented<Group>
            value={group}
            onChange={(g) => go({ group: g })}
            size={mobile ? 'small' : 'middle'}
            options={(Object.keys(GROUPS) as Group[]).map((g) => ({ value: g, label: t(`proposals.group.${g}`) }))}
          />
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {mobile ? (
          <List<ProposalItem>
            loading={loading}
            dataSource={data?.items ?? []}
            pagination={data && data.total > PAGE_SIZE ? { ...pagination, align: 'center' } : false}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposals.noneYet')} /> }}
            renderItem={(p) => (
              // A list item, not a bare card: the list is a <ul> and may hold only <li> (axe: list).
              <List.Item style={{ padding: 0, border: 'none', display: 'block' }}>
                <ProposalCard p={p} onOpen={() => navigate(`/proposals/${p.id}`)} />
              </List.Item>
            )}
          />
        ) : (
          <Table<ProposalItem>
            rowKey="id"
            loading={loading}
            dataSource={data?.items}
            pagination={pagination}
            size="middle"
            onRow={(r) => ({ onClick: () => navigate(`/proposals/${r.id}`), style: { cursor: 'pointer' } })}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposals.noneYet')} /> }}
            columns={[
              {
                title: t('proposals.number'),
                dataIndex: 'numberLabel',
                width: 220,
                render: (v: string | null) => <NumberLabel label={v} />,
              },
              {
                title: t('proposals.title'),
                render: (_, p) => (
                  <Space size={6} wrap>
                    <Link to={`/proposals/${p.id}`} onClick={(e) => e.stopPropagation()}>
                      {p.title}
                    </Link>
                    <KindTag kind={p.kind} />
                    <MarkTags p={p} />
                  </Space>
                ),
              },
              { title: t('proposals.lead'), dataIndex: 'leadName', width: 110 },
              {
                title: t('proposals.stateLabel'),
                dataIndex: 'state',
                width: 100,
                render: (_, p) => <StateTag state={p.state} />,
              },
              {
                title: t('proposals.updatedAt'),
                dataIndex: 'updatedAt',
                width: 140,
                render: (v: string) => formatDate(v),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

/** One proposal as a tappable card: state and number on top, the title, then who and when. */
function ProposalCard({ p, onOpen }: { p: ProposalItem; onOpen(): void }) {
  const { t } = useI18n();
  return (
    <Card size="small" hoverable onClick={onOpen} style={{ marginBottom: 10 }} data-testid="proposal-card">
      {/* A number is long (届次、会次、序号): it moves under the tags rather than being cut off. */}
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: '4px 8px',
          marginBottom: 6,
        }}
      >
        <Space size={4}>
          <StateTag state={p.state} />
          <KindTag kind={p.kind} />
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <NumberLabel label={p.numberLabel} />
        </Typography.Text>
      </div>
      <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ marginBottom: 6, fontSize: 15 }}>
        {p.title}
      </Typography.Paragraph>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[
            p.leadName,
            p.submittedAt
              ? t('proposals.submittedOn', { date: formatDate(p.submittedAt) })
              : t('proposals.editedOn', { date: formatDate(p.updatedAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        <MarkTags p={p} />
      </div>
    </Card>
  );
}
