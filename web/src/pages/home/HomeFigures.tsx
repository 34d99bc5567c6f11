// The home page's figures: each role's queue counted, each count a link to the list behind
// it (the review queue, the boards, the unit's inbox, the key board), filtered to match.
import { Alert, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { HomeFigures as Figures } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { NumberLabel, StateTag } from '../proposals/ProposalTags';

interface Tile {
  key: string;
  value: number;
  to: string;
  /** A count that means something is late: shown in red when not zero. */
  alarm?: boolean;
}

function Tiles({ tiles }: { tiles: Tile[] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      {tiles.map((f) => (
        <Col key={f.key} xs={12} sm={8} xl={4}>
          <Link to={f.to} data-testid={`figure-${f.key}`}>
            <Card size="small" hoverable>
              <Statistic
                title={t(`home.${f.key}`)}
                value={f.value}
                styles={f.alarm && f.value > 0 ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

function OfficeFigures({ f }: { f: NonNullable<Figures['office']> }) {
  const { t } = useI18n();
  const board = '/proposals/handling-board';
  return (
    <Card title={t('home.officeTitle')} data-testid="home-office">
      <Tiles
        tiles={[
          { key: 'toReview', value: f.toReview, to: '/proposals/review' },
          { key: 'toAssign', value: f.toAssign, to: '/proposals/assign-board' },
          { key: 'signOverdue', value: f.signOverdue, to: `${board}?late=sign`, alarm: true },
          { key: 'replyOverdue', value: f.replyOverdue, to: `${board}?late=reply`, alarm: true },
          { key: 'toClose', value: f.toClose, to: '/proposals?state=replied' },
          {
            key: 'commitmentsOverdue',
            value: f.commitmentsOverdue,
            to: '/proposals/commitments?status=open&overdue=true',
            alarm: true,
          },
        ]}
      />
    </Card>
  );
}

function UnitFigures({ f }: { f: NonNullable<Figures['unit']> }) {
  const { t } = useI18n();
  const inbox = '/proposals/inbox';
  return (
    <Card title={t('home.unitTitle')} data-testid="home-unit">
      <Tiles
        tiles={[
          { key: 'toSign', value: f.toSign, to: `${inbox}?status=pending_sign` },
          { key: 'toReply', value: f.toReply, to: `${inbox}?status=signed` },
          { key: 'overdue', value: f.overdue, to: `${inbox}?overdue=true`, alarm: true },
          { key: 'urged', value: f.urged, to: `${inbox}?urged=true`, alarm: true },
        ]}
      />
    </Card>
  );
}

function LeaderFigures({ f }: { f: NonNullable<Figures['leader']> }) {
  const { t } = useI18n();
  const mine = '/proposals/key/mine';
  return (
    <Card title={t('home.leaderTitle')} data-testid="home-leader" extra={<Link to={mine}>{t('home.viewAll')}</Link>}>
      <Tiles
        tiles={[
          ...(f.toDecide !== null ? [{ key: 'toDecide', value: f.toDecide, to: '/proposals/key-board' }] : []),
          { key: 'led', value: f.led, to: mine },
          { key: 'inHandling', value: f.inHandling, to: mine },
          { key: 'answered', value: f.answered, to: mine },
          { key: 'ledOverdue', value: f.overdue, to: mine, alarm: true },
          { key: 'awaitingInstruction', value: f.awaitingInstruction, to: mine, alarm: true },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('home.progress')}
      </Typography.Title>
      {/* Plain markup, not Ant Design's List: the home is every user's first page and List brings
          Pagination and Select with it (a member's phone home has a 400 KB budget). */}
      {f.recent.length === 0 && <Typography.Text type="secondary">{t('home.noneLed')}</Typography.Text>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {f.recent.map((p) => (
          <li
            key={p.id}
            style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
            data-testid="home-progress-item"
          >
            <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
              <Link to={`/proposals/${p.id}`}>{p.title}</Link>
              <Space size={6} wrap>
                <NumberLabel label={p.numberLabel} />
                <StateTag state={p.state} />
                {p.overdue && <Typography.Text type="danger">{t('home.ledOverdue')}</Typography.Text>}
                <Typography.Text type="secondary">{t('home.instructions', { n: p.instructions })}</Typography.Text>
              </Space>
            </Space>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The caller's queues; nothing for a user with none (the server would refuse). */
export function HomeFigures({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const query = useApiQuery('/api/proposals/home', enabled ? {} : null);
  if (!enabled) return null;
  if (query.error)
    return <Alert type="error" showIcon title={t('home.loadFailed', { message: query.error.message })} />;
  const f = query.data;
  if (!f) return <Card loading />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {f.office && <OfficeFigures f={f.office} />}
      {f.unit && <UnitFigures f={f.unit} />}
      {f.leader && <LeaderFigures f={f.leader} />}
    </Space>
  );
}
