// The home page's figures: each role's queue counted, each count a link to the list behind
// it (the review queue, the boards, the unit's inbox, the key board), filtered to match.
import { Alert, Card, Space } from 'antd';
import { lazy, Suspense } from 'react';
import type { HomeFigures as Figures } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { Tiles } from './HomeTiles';

// The leader's card shows his proposals' state tags, which bring the proposals texts: a chunk of
// its own, so the homes of everyone else (a member's phone has a 400 KB budget) do not carry them.
const LeaderFigures = lazy(() => import('./LeaderFigures'));

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
      {f.leader && (
        <Suspense fallback={<Card loading />}>
          <LeaderFigures f={f.leader} />
        </Suspense>
      )}
    </Space>
  );
}
