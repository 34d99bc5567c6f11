// What a member sees when he opens a proposal he was invited to co-sign but may no longer
// read (he declined, or let the invitation lapse): a page saying so, not "not found". The
// notice of the invitation still links to the proposal, so this is where it lands.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDate, useI18n } from '../../i18n';
import '../../i18n/areas/proposals';

/** The invitation's outcome for proposal `id`, or the plain "not found" page when there was none. */
export function InvitationOutcome({ id }: { id: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const mine = useApiQuery('/api/proposals/invitations', me?.user.memberId ? {} : null);
  const back = <Button onClick={() => navigate(-1)}>{t('common.back')}</Button>;
  if (mine.isLoading) return null; // (a query still waiting for a member is not loading)
  const x = mine.data?.items.find((i) => i.proposalId === id && i.status !== 'invited' && i.status !== 'accepted');
  if (!x) return <Result status="404" title={t('proposals.notFound')} extra={back} />;
  const lapsed = x.status === 'expired';
  return (
    <Result
      status="info"
      title={t(lapsed ? 'proposals.invitationLapsed' : 'proposals.invitationWasDeclined')}
      subTitle={t(lapsed ? 'proposals.invitationLapsedHint' : 'proposals.invitationDeclinedHint', {
        title: x.title,
        name: x.leadName,
        date: x.inviteDeadline ? formatDate(x.inviteDeadline) : '',
      })}
      extra={back}
      data-testid="invitation-outcome"
    />
  );
}
