// The leader's home card: the key proposals he leads counted, and their latest progress. Loaded
// only for a leader (HomeFigures), with the proposals texts its state tags read.
import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { HomeFigures as Figures } from '../../api/models';
import { useI18n } from '../../i18n';
import { NumberLabel, StateTag } from '../proposals/ProposalTags';
import { Tiles } from './HomeTiles';

export default function LeaderFigures({ f }: { f: NonNullable<Figures['leader']> }) {
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
