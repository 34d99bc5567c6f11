// 重点提案看板 (and, with `mine`, a leader's 我领办的提案): every key proposal, the newest
// term first, with its decision, leading leader, units, how far handling has got, the reply
// deadline, and the latest instruction, visit or meeting. The term filter is kept in the
// address. A leader who leads key proposals but does not read every proposal (a mayor) opens
// only those he leads.
import {
  Alert,
  Card,
  Col,
  Empty,
  Grid,
  List,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import type { KeyBoard, KeyItem, ProposalState } from '../../../api/models';
import { MarkTags, NumberLabel, StateTag } from '../ProposalTags';
import { RoleTag } from '../handling/marks';
import { useAddressParams } from '../useAddressParams';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

/** How far along the road a proposal is, for the progress bar. */
const PROGRESS: Partial<Record<ProposalState, number>> = {
  submitted: 10,
  accepted: 20,
  assigned: 40,
  handling: 60,
  replied: 85,
  closed: 100,
};

export function KeyBoardPage({ mine = false }: { mine?: boolean }) {
  const { t } = useI18n();
  const { me, can } = useSession();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const { data: refData } = useRefData(me?.currentOrg.id);
  const { params, setFilter } = useAddressParams();
  const termId = Number(params.get('termId')) || undefined;
  const terms = [...(refData?.terms ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const readsAll = can('proposals.manage') || can('proposals.read_all');
  const openable = (r: KeyItem) => readsAll || r.leader?.id === me?.user.id;
  const open = (r: KeyItem) => openable(r) && navigate(`/proposals/${r.id}`);
  const query = useApiQuery(
    '/api/proposals/key-board',
    { query: { mine: mine ? 'true' : undefined, termId } },
    KEEP_PAGE,
  );
  const board = query.data ?? null;
  const error = query.error?.message ?? null;

  const progress = (r: KeyItem) => (
    <Progress
      percent={PROGRESS[r.state] ?? 0}
      size="small"
      status={r.overdue ? 'exception' : r.state === 'closed' ? 'success' : 'active'}
      showInfo={false}
      aria-label={t('proposalsHandling.key.progress')}
      style={{ width: 80, margin: 0 }}
    />
  );
  const title = t(mine ? 'proposalsHandling.key.mineTitle' : 'proposalsHandling.key.boardTitle');
  const totals = board?.totals;
  const stat = (key: keyof KeyBoard['totals'] & string, colour?: string) => (
    <Col flex="1 1 150px" key={key}>
      <Card size="small">
        <Statistic
          title={t(`proposalsHandling.key.total.${key}`)}
          value={totals?.[key] ?? '-'}
          styles={colour ? { content: { color: colour } } : undefined}
        />
      </Card>
    </Col>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {!mine && (
        <Row gutter={[12, 12]}>
          {stat('nominated')}
          {stat('approved')}
          {stat('withLeader')}
          {stat('replied')}
          {stat('overdue', '#cf1322')}
        </Row>
      )}
      <Card
        title={title}
        data-testid="key-board"
        extra={
          <Select
            allowClear
            placeholder={t('proposals.filter.term')}
            aria-label={t('proposals.filter.term')}
            style={{ width: 140 }}
            value={termId}
            onChange={(v?: number) => setFilter({ termId: v ? String(v) : undefined })}
            options={terms.map((x) => ({ value: x.id, label: x.name }))}
            data-testid="key-board-term"
          />
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {mobile ? (
          <List<KeyItem>
            dataSource={board?.items}
            loading={!board && !error}
            locale={{ emptyText: <Empty description={t('proposalsHandling.key.none')} /> }}
            renderItem={(r) => (
              <List.Item onClick={() => open(r)} style={{ display: 'block' }}>
                <Typography.Text strong>{r.title}</Typography.Text>
                <Space size={6} wrap style={{ display: 'flex', marginTop: 4 }}>
                  <StateTag state={r.state} />
                  {progress(r)}
                  {r.leader && <span>{r.leader.name}</span>}
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <Table<KeyItem>
            rowKey="id"
            size="middle"
            dataSource={board?.items}
            loading={!board && !error}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty description={t('proposalsHandling.key.none')} /> }}
            onRow={(r) => ({ onClick: () => open(r), style: { cursor: openable(r) ? 'pointer' : undefined } })}
            columns={[
              {
                title: t('proposals.title'),
                dataIndex: 'title',
                render: (v: string, r) => (
                  <Space orientation="vertical" size={2}>
                    {openable(r) ? (
                      <Link to={`/proposals/${r.id}`} onClick={(e) => e.stopPropagation()}>
                        {v}
                      </Link>
                    ) : (
                      v
                    )}
                    <Space size={6} wrap style={{ fontSize: 12 }}>
                      <NumberLabel label={r.numberLabel} />
                      {r.keyStatus && (
                        <Tag
                          bordered={false}
                          color={
                            r.keyStatus === 'approved' ? 'red' : r.keyStatus === 'nominated' ? 'processing' : 'default'
                          }
                        >
                          {t(`proposalsHandling.key.statusShort.${r.keyStatus}`)}
                        </Tag>
                      )}
                      <MarkTags p={{ isKey: false, isExcellent: false, overdue: r.overdue }} />
                    </Space>
                  </Space>
                ),
              },
              ...(mine
                ? []
                : [
                    {
                      title: t('proposals.keyLeader'),
                      dataIndex: 'leader',
                      width: 110,
                      render: (l: KeyItem['leader']) =>
                        l ? (
                          <>
                            {l.name}
                            {l.title && <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.58)' }}>{l.title}</div>}
                          </>
                        ) : (
                          ''
                        ),
                    },
                  ]),
              {
                title: t('proposals.filter.unit'),
                dataIndex: 'units',
                width: 210,
                render: (units: KeyItem['units']) => (
                  <Space orientation="vertical" size={2}>
                    {units.map((u) => (
                      <Space key={u.id} size={4}>
                        {u.name}
                        <RoleTag role={u.role} />
                      </Space>
                    ))}
                  </Space>
                ),
              },
              {
                title: t('proposalsHandling.key.progress'),
                key: 'progress',
                width: 190,
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    <Space size={6}>
                      <StateTag state={r.state} />
                      {progress(r)}
                    </Space>
                    {r.replyDeadline && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('proposals.replyDeadline')} {formatDate(r.replyDeadline)}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('proposalsHandling.key.latest'),
                dataIndex: 'lastEvent',
                width: 250,
                render: (e: KeyItem['lastEvent'], r) => (
                  <Space orientation="vertical" size={0}>
                    {e && (
                      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, maxWidth: 230 }}>
                        {t(`proposalsHandling.key.kind.${e.kind}`)} · {formatDate(e.happenedOn)}：{e.summary}
                      </Typography.Paragraph>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('proposalsHandling.key.counts', {
                        i: r.eventCounts.instruction,
                        v: r.eventCounts.visit,
                        m: r.eventCounts.meeting,
                      })}
                    </Typography.Text>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
