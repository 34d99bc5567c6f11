// One proposal: where it stands (a steps bar), its number, who proposed it and how each
// invitation was answered, the text, attachments and history, and the buttons for exactly
// the steps the viewer may take now.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Grid, Result, Row, Space, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { apiKey, queryClient, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDate, useI18n } from '../../i18n';
import type { ProposalDetail } from '../../api/models';
import { DetailActions } from './DetailActions';
import { InvitationOutcome } from './InvitationOutcome';
import { AttachmentsCard, FactsCard, ProposersCard, TextCard } from './DetailSections';
import { ProgressSteps } from './ProgressSteps';
import { SimilarCard } from './SimilarPanel';
import { KindTag, MarkTags, NumberLabel, StateTag } from './ProposalTags';
import { TimelineCard } from './TimelineCard';
import { HandlingPanel } from './handling/HandlingPanel';
import { KeyPanel } from './key/KeyPanel';
import { useProposalSettings } from './useProposalSettings';
import { useResultLabel } from './resultLabel';
import '../../i18n/areas/proposals';

export function ProposalDetailPage() {
  const { id } = useParams();
  const { me } = useSession();
  const { t } = useI18n();
  const labelOf = useResultLabel();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const settings = useProposalSettings(me?.currentOrg.id);
  const which = { path: { id: Number(id) } };
  const detail = useApiQuery('/api/proposals/{id}', which);
  const { data: p, error } = detail;
  /** After a step: the proposal as the step answered it (the write refreshes it too), or a reload. */
  const changed = (next: ProposalDetail | null) =>
    next ? queryClient.setQueryData(apiKey('/api/proposals/{id}', which), next) : void detail.refetch();

  // A failed reload keeps what was shown; only a page that never loaded shows the error.
  if (error && !p) {
    if (error.status === 404) return <InvitationOutcome id={Number(id)} />;
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={error.status === 404 ? t('proposals.notFound') : error.message}
        extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>}
      />
    );
  }
  if (!p)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );

  const actions = <DetailActions p={p} settings={settings} block={mobile} changed={changed} />;
  const header = (
    <Card styles={{ body: { padding: mobile ? 12 : 24 } }}>
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate(-1)}
          style={{ paddingInline: 0, marginBottom: 4 }}
        >
          {t('common.back')}
        </Button>
      </div>
      <Space size={6} wrap style={{ marginBottom: 8 }}>
        <StateTag state={p.state} />
        <KindTag kind={p.kind} />
        <MarkTags p={p} />
      </Space>
      <Typography.Title level={mobile ? 5 : 4} style={{ marginTop: 0 }} data-testid="proposal-title">
        {p.title}
      </Typography.Title>
      <div style={{ marginBottom: 16 }}>
        <NumberLabel label={p.numberLabel} />
      </div>
      <StateNotes p={p} />
      <div style={{ overflowX: 'auto', paddingBottom: 4 }}>
        <ProgressSteps state={p.state} compact={mobile} />
      </div>
    </Card>
  );
  const side = (
    <>
      <ProposersCard p={p} />
      {p.allowedActions.includes('mergeInto') && <SimilarCard proposalId={p.id} />}
      <FactsCard
        p={p}
        compact
        resultLabel={p.resultClass ? labelOf(p.resultClass, settings?.resultLabels[p.resultClass]) : undefined}
      />
      <KeyPanel p={p} />
    </>
  );
  const main = (
    <>
      <TextCard p={p} />
      <AttachmentsCard files={p.attachments} />
      <HandlingPanel p={p} changed={changed} />
      <TimelineCard proposalId={p.id} />
    </>
  );

  if (mobile) {
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {header}
        {p.allowedActions.length > 0 || p.state !== 'draft' ? <Card size="small">{actions}</Card> : null}
        {side}
        {main}
      </Space>
    );
  }
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 1200 }}>
      {header}
      <Card size="small">{actions}</Card>
      <Row gutter={16}>
        <Col span={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {main}
          </Space>
        </Col>
        <Col span={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {side}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

/** What the review decided, in words, where the proposal left the usual road. */
function StateNotes({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const style = { marginBottom: 16 };
  if (p.state === 'returned')
    return (
      <Alert type="warning" showIcon title={t('proposals.returnedNote')} description={p.reviewNote} style={style} />
    );
  if (p.state === 'rejected') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('proposals.rejectedNote', { reason: p.rejectReason ?? '' })}
        description={p.reviewNote}
        style={style}
      />
    );
  }
  if (p.state === 'converted')
    return <Alert type="info" showIcon title={t('proposals.convertedNote')} description={p.reviewNote} style={style} />;
  if (p.state === 'merged' && p.mergedInto) {
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        title={
          <>
            {t('proposals.mergedNote')}{' '}
            <Link to={`/proposals/${p.mergedInto.id}`}>
              {p.mergedInto.numberLabel ? `${p.mergedInto.numberLabel} ` : ''}
              {p.mergedInto.title}
            </Link>
          </>
        }
      />
    );
  }
  const invitation = p.allowedActions.includes('respondInvitation')
    ? p.proposers.find((x) => x.status === 'invited')
    : undefined;
  if (invitation) {
    const lead = p.proposers.find((x) => x.role === 'lead');
    return (
      <Alert
        type="info"
        showIcon
        style={style}
        title={t('proposals.invitedBy', { name: lead?.name ?? '' })}
        description={
          invitation.inviteDeadline
            ? t('proposals.answerBy', { date: formatDate(invitation.inviteDeadline) })
            : undefined
        }
      />
    );
  }
  if (p.state === 'withdrawn') return <Alert type="info" showIcon title={t('proposals.withdrawnNote')} style={style} />;
  return null;
}
