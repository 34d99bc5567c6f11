// Co-proposer invitations still waiting for this member's answer. They are found through
// the invitation notices (the list API does not say which proposals invite the viewer)
// and confirmed against each proposal's allowed actions, so an answered or expired
// invitation never shows.
import { MailOutlined } from '@ant-design/icons';
import { Alert, Card, List, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { apiQuery, useApiQuery } from '../../api/query';
import { formatDate, useI18n } from '../../i18n';
import { InvitationButtons } from './InvitationButtons';

/** How many invitation notices are looked at: the most recent ones are the ones still open. */
const LOOK_AT = 10;

export function InvitationsCard() {
  const { t } = useI18n();
  // A failure shows nothing: the invitations are also reachable from the notification bell.
  const notices = useApiQuery('/api/notifications', { query: { pageSize: 50 } });
  const byProposal = useMemo(() => {
    const out = new Map<number, number[]>();
    for (const n of notices.data?.items ?? []) {
      if (n.kind !== 'proposal.invitation' || n.objectType !== 'proposal' || !n.objectId) continue;
      const id = Number(n.objectId);
      out.set(id, [...(out.get(id) ?? []), ...(n.read ? [] : [n.id])]);
    }
    return out;
  }, [notices.data]);
  const details = useQueries({
    queries: [...byProposal.keys()]
      .slice(0, LOOK_AT)
      .map((id) => ({ ...apiQuery('/api/proposals/{id}', { path: { id } }), retry: false })),
  });
  const open = details.flatMap(({ data: p }) =>
    p?.allowedActions.includes('respondInvitation') ? [{ p, notices: byProposal.get(p.id) ?? [] }] : [],
  );

  if (!open.length) return null;
  return (
    <Card
      size="small"
      title={
        <>
          <MailOutlined /> {t('proposals.invitationsTitle', { n: open.length })}
        </>
      }
      data-testid="invitations"
    >
      <Alert type="info" showIcon={false} title={t('proposals.invitationsHint')} style={{ marginBottom: 8 }} />
      <List
        dataSource={open}
        renderItem={({ p, notices }) => {
          const lead = p.proposers.find((x) => x.role === 'lead');
          const mine = p.proposers.find((x) => x.status === 'invited');
          return (
            <List.Item style={{ display: 'block' }}>
              <Link to={`/proposals/${p.id}`}>
                <Typography.Text strong>{p.title}</Typography.Text>
              </Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('proposals.invitedBy', { name: lead?.name ?? '' })}
                  {mine?.inviteDeadline && ` · ${t('proposals.answerBy', { date: formatDate(mine.inviteDeadline) })}`}
                </Typography.Text>
              </div>
              <div style={{ marginTop: 8 }}>
                <InvitationButtons
                  proposalId={p.id}
                  onDone={async () => {
                    await Promise.all(
                      notices.map((id) =>
                        api.post('/api/notifications/{id}/read', { path: { id } }).catch(() => undefined),
                      ),
                    );
                  }}
                />
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
