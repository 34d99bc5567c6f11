// Accept or decline an invitation to co-sign a proposal (declining asks first).
import { App as AntApp, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import '../../i18n/areas/proposals';

export function InvitationButtons({
  proposalId,
  block,
  onDone,
}: {
  proposalId: number;
  block?: boolean;
  onDone(accepted: boolean): void | Promise<void>;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<'yes' | 'no' | null>(null);
  const answer = async (accept: boolean) => {
    setBusy(accept ? 'yes' : 'no');
    try {
      await api.post('/api/proposals/{id}/invitation', { path: { id: proposalId }, body: { accept } });
      message.success(t(accept ? 'proposals.invitationAccepted' : 'proposals.invitationDeclined'));
      await onDone(accept);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div style={{ display: 'flex', gap: 8 }}>
      <Button
        type="primary"
        loading={busy === 'yes'}
        onClick={() => answer(true)}
        style={block ? { flex: 1 } : undefined}
        data-testid="invitation-accept"
      >
        {t('proposals.acceptInvitation')}
      </Button>
      <Popconfirm
        title={t('proposals.declineConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => answer(false)}
      >
        <Button loading={busy === 'no'} style={block ? { flex: 1 } : undefined} data-testid="invitation-decline">
          {t('proposals.declineInvitation')}
        </Button>
      </Popconfirm>
    </div>
  );
}
