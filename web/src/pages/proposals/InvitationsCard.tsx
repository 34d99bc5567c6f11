// Co-proposer invitations still waiting for this member's answer, from the member's own
// invitation list (one request; answered and lapsed ones are left out here). Answering one
// also marks its notices read.
import { MailOutlined } from '@ant-design/icons';
import { Alert, Card, List, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useSession } from '../../auth';
import { useApiQuery } from '../../api/query';
import { formatDate, useI18n } from '../../i18n';
import { InvitationButtons } from './InvitationButtons';
import '../../i18n/areas/proposals';

export function InvitationsCard() {
  const { t } = useI18n();
  // A failure shows nothing: the invitations are also reachable from the notification bell.
  const { me } = useSession();
  // Only a member receives invitations (the office's own list has none to ask for).
  const invitations = useApiQuery('/api/proposals/invitations', me?.user.memberId ? {} : null);
  const notices = useApiQuery('/api/notifications', { query: { pageSize: 50 } });
  const open = useMemo(() => {
    const unread = (proposalId: number) =>
      (notices.data?.items ?? [])
        .filter((n) => n.kind === 'proposal.invitation' && !n.read && n.objectId === String(proposalId))
        .map((n) => n.id);
    return (invitations.data?.items ?? [])
      .filter((x) => x.status === 'invited')
      .map((x) => ({ x, notices: unread(x.proposalId) }));
  }, [invitations.data, notices.data]);

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
        renderItem={({ x, notices }) => {
          return (
            <List.Item style={{ display: 'block' }}>
              <Link to={`/proposals/${x.proposalId}`}>
                <Typography.Text strong>{x.title}</Typography.Text>
              </Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('proposals.invitedBy', { name: x.leadName })}
                  {x.inviteDeadline && ` · ${t('proposals.answerBy', { date: formatDate(x.inviteDeadline) })}`}
                </Typography.Text>
              </div>
              <div style={{ marginTop: 8 }}>
                <InvitationButtons
                  proposalId={x.proposalId}
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
