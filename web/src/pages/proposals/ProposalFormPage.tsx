// Drafting a proposal (new, or editing a draft / a returned proposal): save the draft, or
// submit it. On a desk the similar-proposals panel stands beside the form; on a phone it
// follows the texts, and the two buttons stay at the bottom of the screen.
import { App as AntApp, Alert, Button, Card, Col, Form, Grid, Result, Row, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { applyApiError } from '../../components/FormModal';
import { useFillOnce } from '../../components/useFillOnce';
import { useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import type { ProposalDetail, SimilarItem } from '../../api/models';
import { step } from './api';
import { DraftFields, type DraftFormValues } from './DraftFields';
import { SimilarPanel } from './SimilarPanel';
import { useProposalSettings } from './useProposalSettings';
import '../../i18n/areas/proposals';

const EMPTY: DraftFormValues = {
  kind: 'individual',
  coProposerIds: [],
  title: '',
  reasons: '',
  suggestions: '',
  themes: [],
  isPublic: false,
  suggestedUnitIds: [],
  attachmentIds: [],
  removeAttachmentIds: [],
};

function toForm(p: ProposalDetail): DraftFormValues {
  const c = p.collective;
  return {
    kind: p.kind,
    collectiveType: c?.type,
    // Party codes stay text; committees, sectors and groups are ids.
    collectiveRef: c ? (c.type === 'party' ? c.ref : Number(c.ref)) : undefined,
    leadMember: p.proposers.filter((x) => x.role === 'lead').map((x) => ({ value: x.memberId, label: x.name }))[0],
    coProposerIds: p.proposers
      .filter((x) => x.role === 'co' && (x.status === 'invited' || x.status === 'accepted'))
      .map((x) => ({ value: x.memberId, label: x.name })),
    title: p.title,
    reasons: p.reasons,
    suggestions: p.suggestions,
    category: p.category ?? undefined,
    themes: p.themes,
    isPublic: p.isPublic,
    suggestedUnitIds: p.suggestedUnits.map((u) => u.id),
    attachmentIds: [],
    removeAttachmentIds: [],
  };
}

export function ProposalFormPage() {
  const { id } = useParams();
  const editingId = id ? Number(id) : null;
  const { me, can } = useSession();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<DraftFormValues>();
  const settings = useProposalSettings(me?.currentOrg.id);
  const { data: ref } = useRefData(me?.user.orgId);
  const loaded = useApiQuery('/api/proposals/{id}', editingId ? { path: { id: editingId } } : null);
  // What is being edited: as loaded (and refreshed after each save), or as a first save answered it.
  const [created, setCreated] = useState<ProposalDetail | null>(null);
  const detail = loaded.data ?? created;
  const loadError = loaded.data ? null : loaded.error;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const strict = useRef(false);
  const similar = useRef<SimilarItem[]>([]);
  const [title, reasons, suggestions] = [
    Form.useWatch('title', form),
    Form.useWatch('reasons', form),
    Form.useWatch('suggestions', form),
  ];
  // The office names the proposer of a new proposal, and may correct it on a draft it entered itself.
  const leadEditable =
    can('proposals.manage') && (!detail || (detail.state === 'draft' && detail.authorUserId === me?.user.id));

  /** The form takes the proposal as loaded (or reloaded after a conflict); one no longer editable is shown instead. */
  const fill = (p: ProposalDetail) => {
    if (!p.allowedActions.includes('editDraft')) navigate(`/proposals/${p.id}`, { replace: true });
    else form.setFieldsValue(toForm(p));
  };
  useFillOnce(loaded.data, editingId ? String(editingId) : undefined, fill);

  /** Creates or updates the draft (a new one submitted at once when asked: one request, all or nothing); answers with the saved proposal. */
  const save = async (v: DraftFormValues, submit = false): Promise<ProposalDetail> => {
    const body = {
      title: v.title.trim(),
      reasons: v.reasons ?? '',
      suggestions: v.suggestions ?? '',
      category: v.category ?? null,
      themes: v.themes ?? [],
      isPublic: !!v.isPublic,
      suggestedUnitIds: v.suggestedUnitIds ?? [],
      coProposerIds: v.kind === 'joint' ? (v.coProposerIds ?? []).map((m) => m.value) : [],
      attachmentIds: (v.attachmentIds ?? []).map((f) => f.id),
      ...(v.kind === 'collective' && v.collectiveType && v.collectiveRef !== undefined
        ? { collective: { type: v.collectiveType, ref: v.collectiveRef } }
        : {}),
    };
    const removing = v.removeAttachmentIds ?? [];
    const saved = detail
      ? await api.patch('/api/proposals/{id}', {
          path: { id: detail.id },
          body: {
            ...body,
            ...(removing.length ? { removeAttachmentIds: removing } : {}),
            version: detail.version,
            ...(leadEditable && v.kind !== 'collective' && v.leadMember ? { leadMemberId: v.leadMember.value } : {}),
          },
        })
      : await api.post('/api/proposals', {
          body: {
            ...body,
            kind: v.kind,
            submit,
            ...(v.kind !== 'collective' && v.leadMember ? { leadMemberId: v.leadMember.value } : {}),
          },
        });
    if (!detail) setCreated(saved);
    form.setFieldsValue({ attachmentIds: [], removeAttachmentIds: [] });
    return saved;
  };

  const run = async (mode: 'save' | 'submit') => {
    strict.current = mode === 'submit';
    let values: DraftFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the fields say what is missing
    } finally {
      strict.current = false;
    }
    if (mode === 'submit' && !(await confirmSubmit(similar.current))) return;
    setBusy(mode);
    setError(null);
    try {
      if (mode === 'submit' && !detail) {
        const submitted = await save(values, true);
        message.success(t('proposals.submitted'));
        navigate(`/proposals/${submitted.id}`);
        return;
      }
      const saved = await save(values);
      if (mode === 'save') {
        message.success(t('proposals.draftSaved'));
        if (!editingId) navigate(`/proposals/${saved.id}/edit`, { replace: true });
        return;
      }
      const submitted = await step(saved.id, 'submit', { version: saved.version });
      message.success(t('proposals.submitted'));
      navigate(`/proposals/${submitted.id}`);
    } catch (err) {
      setError(applyApiError(form, err));
      // A new proposal submitted at once is saved with its submission or not at all: nothing to reload.
      if (err instanceof ApiError && err.status === 409 && editingId) {
        const fresh = await loaded.refetch();
        if (fresh.data) fill(fresh.data);
      }
    } finally {
      setBusy(null);
    }
  };

  const confirmSubmit = (found: SimilarItem[]) =>
    new Promise<boolean>((resolve) => {
      const exact = found.some((x) => x.exact);
      const likely = found.some((x) => x.verdict === 'duplicate');
      modal.confirm({
        title: t('proposals.submitConfirmTitle'),
        content: exact
          ? t('proposals.submitConfirmExact')
          : likely
            ? t('proposals.submitConfirmDuplicate')
            : t('proposals.submitConfirm'),
        okText: t('proposals.submit'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: exact || likely },
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  if (loadError) return <Result status={loadError.status === 404 ? '404' : 'error'} title={loadError.message} />;
  if (editingId && !detail)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  if (!me) return null;

  const panel = (
    <SimilarPanel
      title={title}
      reasons={reasons}
      suggestions={suggestions}
      excludeId={detail?.id}
      limit={mobile ? 3 : undefined}
      onResult={(items) => (similar.current = items)}
    />
  );
  const buttons = (
    <div style={{ display: 'flex', gap: 8 }}>
      <Button
        size="large"
        onClick={() => run('save')}
        loading={busy === 'save'}
        disabled={!!busy}
        style={mobile ? { flex: 1 } : undefined}
        data-testid="save-draft"
      >
        {t('proposals.saveDraft')}
      </Button>
      <Button
        size="large"
        type="primary"
        onClick={() => run('submit')}
        loading={busy === 'submit'}
        disabled={!!busy}
        style={mobile ? { flex: 1 } : undefined}
        data-testid="submit-proposal"
      >
        {t('proposals.submit')}
      </Button>
    </div>
  );
  const body = (
    <Card
      title={t(detail ? 'proposals.editTitle' : 'proposals.newTitle')}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
    >
      {detail?.state === 'returned' && detail.reviewNote && (
        <Alert
          type="warning"
          showIcon
          title={t('proposals.returnedNote')}
          description={detail.reviewNote}
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<DraftFormValues> form={form} layout="vertical" initialValues={EMPTY} scrollToFirstError>
        <DraftFields
          settings={settings}
          refData={ref}
          office={can('proposals.manage')}
          myMemberId={me.user.memberId}
          kindFixed={!!detail}
          leadEditable={leadEditable}
          existing={detail?.attachments ?? []}
          proposers={detail?.proposers ?? []}
          strict={strict}
          afterText={mobile ? <div style={{ marginBottom: 24 }}>{panel}</div> : undefined}
        />
      </Form>
      {!mobile && buttons}
    </Card>
  );

  if (mobile) {
    return (
      <div style={{ paddingBottom: 72 }}>
        {body}
        <div
          style={{
            position: 'fixed',
            left: 0,
            right: 0,
            bottom: 0,
            padding: '10px 12px',
            background: '#fff',
            boxShadow: '0 -2px 8px rgba(0,0,0,0.08)',
            zIndex: 10,
          }}
        >
          {buttons}
        </div>
      </div>
    );
  }
  return (
    <Row gutter={16} style={{ maxWidth: 1200 }}>
      <Col span={16}>{body}</Col>
      <Col span={8}>
        <div style={{ position: 'sticky', top: 16 }}>{panel}</div>
      </Col>
    </Row>
  );
}
