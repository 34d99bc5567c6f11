// 办理情况 on a proposal's page: the handling record as the viewer may see it (the office
// all of it, a unit its own work and the lead's, the proposer the formal replies,
// commitments and their progress), refreshed after every write to the proposal. A unit also
// sees what its formal reply waits for and the proposers' contacts.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { apiKey, queryClient, useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import type { ProposalDetail } from '../../../api/models';
import { AssignmentsSection } from './AssignmentsSection';
import { CommitmentsSection, FeedbackSection } from './CommitmentsSection';
import { ContactsSection, CoOpinionsSection, RepliesSection } from './RepliesSection';
import type { HandlingView } from '../../../api/models';
import { ProposerContacts, ReplyWaitsNotice } from './UnitWork';
import './register';
import '../../../i18n/areas/proposalsHandling';

/** States before assignment have no handling record worth a panel. */
const BEFORE_HANDLING = new Set(['draft', 'submitted', 'returned', 'withdrawn', 'rejected', 'converted', 'merged']);

export function HandlingPanel({ p, changed }: { p: ProposalDetail; changed(p: ProposalDetail | null): void }) {
  const { t } = useI18n();
  const skip = BEFORE_HANDLING.has(p.state);
  const which = { path: { id: p.id } };
  const { data: view } = useApiQuery('/api/proposals/{id}/handling', skip ? null : which);
  const setView = (v: HandlingView) => queryClient.setQueryData(apiKey('/api/proposals/{id}/handling', which), v);
  if (skip || !view) return null;

  const sections: [number, ReactNode][] = [
    [view.proposerContacts.length, <ProposerContacts view={view} p={p} />],
    [view.assignments.length, <AssignmentsSection view={view} changed={changed} />],
    [view.replies.length, <RepliesSection view={view} changed={changed} />],
    [view.commitments.length, <CommitmentsSection view={view} replaced={setView} />],
    [view.coOpinions.length, <CoOpinionsSection view={view} />],
    [view.contacts.length, <ContactsSection view={view} />],
    [view.feedback.length, <FeedbackSection view={view} />],
  ];
  const shown = sections.filter(([n]) => n > 0).map(([, s]) => s);
  return (
    <Card
      size="small"
      title={t('proposalsHandling.panelTitle')}
      data-testid="handling-panel"
      extra={
        <Link to={`/proposals/${p.id}/print`}>
          <Button size="small" type="text" icon={<PrinterOutlined />} data-testid="action-print">
            {t('proposalsHandling.print.button')}
          </Button>
        </Link>
      }
    >
      <ReplyWaitsNotice view={view} />
      {!shown.length ? (
        <Typography.Text type="secondary">{t('proposalsHandling.notAssignedYet')}</Typography.Text>
      ) : (
        shown.map((s, i) => (
          <Fragment key={i}>
            {i > 0 && <Divider style={{ margin: '8px 0' }} dashed plain />}
            {s}
          </Fragment>
        ))
      )}
    </Card>
  );
}
