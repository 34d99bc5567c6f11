// The buttons of a proposal's page: exactly the steps the server lists in allowedActions
// (the proposer's edit / submit / withdraw / invitation answer, the office's review and
// merge), plus the Word download. Other parts of the workflow add their buttons through
// registerProposalAction, keyed by the action name the server uses.
import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  MergeCellsOutlined,
  RollbackOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, apiUrl } from '../../api/client';
import { useI18n } from '../../i18n';
import type { ProposalDetail, ProposalSettings, ReviewAction } from '../../api/models';
import { step } from './api';
import { InvitationButtons } from './InvitationButtons';
import { MergeDialog } from './MergeDialog';
import { ReviewModal, type ReviewValues } from './ReviewModal';
import '../../i18n/areas/proposals';

export interface ActionContext {
  p: ProposalDetail;
  block: boolean;
  changed(p: ProposalDetail | null): void;
}
const extra = new Map<string, (ctx: ActionContext) => ReactNode>();

/** Lets another screen of the workflow (handling, rating, key proposals) show its button for an allowed action. */
export function registerProposalAction(action: string, render: (ctx: ActionContext) => ReactNode): void {
  extra.set(action, render);
}

const REVIEW: ReviewAction[] = ['accept', 'reject', 'return', 'convert'];

export function DetailActions({
  p,
  settings,
  block,
  changed,
}: {
  p: ProposalDetail;
  settings: ProposalSettings | null;
  block: boolean;
  /** The proposal after a step, or null when the viewer should reload (or leave). */
  changed(p: ProposalDetail | null): void;
}) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const [review, setReview] = useState<ReviewAction | null>(null);
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const allowed = new Set(p.allowedActions);

  const run = async (name: string, request: () => Promise<ProposalDetail>, done: string) => {
    setBusy(name);
    try {
      changed(await request());
      message.success(done);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
      if (err instanceof ApiError && err.status === 409) changed(null);
    } finally {
      setBusy(null);
    }
  };
  const confirm = (title: string, content: string, onOk: () => Promise<void>, danger = false) =>
    modal.confirm({
      title,
      content,
      onOk,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger },
    });

  const buttons: ReactNode[] = [];
  if (allowed.has('submit')) {
    buttons.push(
      <Button
        key="submit"
        type="primary"
        icon={<SendOutlined />}
        block={block}
        loading={busy === 'submit'}
        data-testid="action-submit"
        onClick={() =>
          confirm(t('proposals.submitConfirmTitle'), t('proposals.submitConfirm'), () =>
            run('submit', () => step(p.id, 'submit', { version: p.version }), t('proposals.submitted')),
          )
        }
      >
        {t('proposals.submit')}
      </Button>,
    );
  }
  if (allowed.has('editDraft')) {
    buttons.push(
      <Button
        key="edit"
        icon={<EditOutlined />}
        block={block}
        onClick={() => navigate(`/proposals/${p.id}/edit`)}
        data-testid="action-edit"
      >
        {t('common.edit')}
      </Button>,
    );
  }
  if (allowed.has('respondInvitation')) {
    buttons.push(
      <InvitationButtons
        key="invitation"
        proposalId={p.id}
        block={block}
        onDone={(accepted) => (accepted ? changed(null) : navigate('/proposals/mine'))}
      />,
    );
  }
  for (const a of REVIEW) {
    if (!allowed.has(a)) continue;
    buttons.push(
      <Button
        key={a}
        type={a === 'accept' ? 'primary' : 'default'}
        danger={a === 'reject'}
        block={block}
        onClick={() => setReview(a)}
        data-testid={`action-${a}`}
      >
        {t(`proposals.review.${a}`)}
      </Button>,
    );
  }
  if (allowed.has('mergeInto')) {
    buttons.push(
      <Button
        key="merge"
        icon={<MergeCellsOutlined />}
        block={block}
        onClick={() => setMerging(true)}
        data-testid="action-merge"
      >
        {t('proposals.merge.button')}
      </Button>,
    );
  }
  for (const a of p.allowedActions) {
    const render = extra.get(a);
    if (render)
      buttons.push(
        <span key={`x-${a}`} style={block ? { display: 'block' } : undefined}>
          {render({ p, block, changed })}
        </span>,
      );
  }
  // A draft is deleted rather than withdrawn: one way to be rid of it, not two.
  if (allowed.has('withdraw') && !allowed.has('deleteDraft')) {
    buttons.push(
      <Button
        key="withdraw"
        danger
        icon={<RollbackOutlined />}
        block={block}
        loading={busy === 'withdraw'}
        data-testid="action-withdraw"
        onClick={() =>
          confirm(
            t('proposals.withdrawConfirmTitle'),
            t('proposals.withdrawConfirm'),
            () => run('withdraw', () => step(p.id, 'withdraw'), t('proposals.withdrawn')),
            true,
          )
        }
      >
        {t('proposals.withdraw')}
      </Button>,
    );
  }
  if (allowed.has('deleteDraft')) {
    buttons.push(
      <Button
        key="delete"
        danger
        type="text"
        icon={<DeleteOutlined />}
        block={block}
        loading={busy === 'delete'}
        data-testid="action-delete-draft"
        onClick={() =>
          confirm(
            t('proposals.deleteDraftConfirmTitle'),
            t('proposals.deleteDraftConfirm'),
            async () => {
              setBusy('delete');
              try {
                await api.delete('/api/proposals/{id}', { path: { id: p.id } });
                message.success(t('proposals.draftDeleted'));
                navigate('/proposals/mine', { replace: true });
              } catch (err) {
                message.error(err instanceof ApiError ? err.message : t('common.networkError'));
              } finally {
                setBusy(null);
              }
            },
            true,
          )
        }
      >
        {t('proposals.deleteDraft')}
      </Button>,
    );
  }
  if (p.state !== 'draft') {
    buttons.push(
      <Button
        key="docx"
        type="text"
        icon={<DownloadOutlined />}
        block={block}
        href={apiUrl('/api/proposals/{id}/export.docx', { path: { id: p.id } })}
        data-testid="action-docx"
      >
        {t('proposals.exportWord')}
      </Button>,
    );
  }

  const decide = async (action: ReviewAction, v: ReviewValues) => {
    const body =
      action === 'accept'
        ? { category: v.category, isPublic: v.isPublic, note: v.note }
        : action === 'reject'
          ? { reason: v.reason, note: v.note }
          : { note: v.note };
    changed(await step(p.id, action, body));
    setReview(null);
    message.success(t(`proposals.review.${action}Done`));
  };

  return (
    <>
      <Space
        orientation={block ? 'vertical' : 'horizontal'}
        wrap={!block}
        size={8}
        style={{ width: block ? '100%' : undefined }}
        data-testid="detail-actions"
      >
        {buttons}
      </Space>
      <ReviewModal
        action={review}
        count={1}
        overrides
        settings={settings}
        onCancel={() => setReview(null)}
        onSubmit={decide}
        initial={{ category: p.category ?? undefined, isPublic: p.isPublic }}
      />
      {allowed.has('mergeInto') && (
        <MergeDialog
          main={p}
          open={merging}
          onClose={() => setMerging(false)}
          onMerged={(merged) => {
            setMerging(false);
            changed(merged);
            message.success(t('proposals.merge.done'));
          }}
        />
      )}
    </>
  );
}
