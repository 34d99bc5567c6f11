// Co-proposer invitations still waiting for this member's answer. They are found through
// the invitation notices (the list API does not say which proposals invite the viewer)
// and confirmed against each proposal's allowed actions, so an answered or expired
// invitation never shows.
import { MailOutlined } from '@ant-design/icons';
import { Alert, Card, List, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { http } from '../../api/client';
import type { Paged } from '../../api/types';
import { formatDate, useI18n } from '../../i18n';
import type { ProposalDetail } from './api';
import { InvitationButtons } from './InvitationButtons';

interface Notice {
  id: number;
  kind: string;
  objectType: string | null;
  objectId: string | null;
  read: boolean;
}

/** How many invitation notices are looked at: the most recent ones are the ones still open. */
const LOOK_AT = 10;

export function InvitationsCard({ onAnswered }: { onAnswered(): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ p: ProposalDetail; notices: number[] }[]>([]);

  const load = useCallback(async () => {
    try {
      const page = await http.get<Paged<Notice>>('/api/notifications?pageSize=50');
      const byProposal = new Map<number, number[]>();
      for (const n of page.items) {
        if (n.kind !== 'proposal.invitation' || n.objectType !== 'proposal' || !n.objectId) continue;
        const id = Number(n.objectId);
        byProposal.set(id, [...(byProposal.get(id) ?? []), ...(n.read ? [] : [n.id])]);
      }
      const ids = [...byProposal.keys()].slice(0, LOOK_AT);
      const details = await Promise.all(
        ids.map((id) => http.get<ProposalDetail>(`/api/proposals/${id}`).catch(() => null)),
      );
      setOpen(
        details
          .filter((p): p is ProposalDetail => !!p && p.allowedActions.includes('respondInvitation'))
          .map((p) => ({ p, notices: byProposal.get(p.id) ?? [] })),
      );
    } catch {
      setOpen([]); // the invitations are also reachable from the notification bell
    }
  }, []);
  useEffect(() => void load(), [load]);

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
                      notices.map((n) => http.post(`/api/notifications/${n}/read`).catch(() => undefined)),
                    );
                    await load();
                    onAnswered();
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
