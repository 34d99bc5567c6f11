// One evaluation campaign: its header (status, the steps the server allows, what still keeps it
// from opening), the edit of its own fields while allowed, and its tabs.
import { Alert, App, Button, Card, Descriptions, Grid, Popconfirm, Space, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { AssignmentTab } from './AssignmentTab';
import { CampaignFields } from './CampaignsPage';
import { STATUS_COLOR, type EvalCampaign } from './campaignsApi';
import { CriteriaTab } from './CriteriaTab';
import { ObjectsTab } from './ObjectsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { ReviewTab } from './review/ReviewTab';
import { VisitsTab } from './VisitsTab';
import { ProblemsTab } from '../problems/ProblemsTab';
import { useSession } from '../../../auth';

const STEPS = [
  ['open', 'openEvalCampaign', 'openConfirm'],
  ['review', 'reviewEvalCampaign', 'reviewConfirm'],
  ['close', 'closeEvalCampaign', 'closeConfirm'],
] as const;

export function EvalCampaignPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/supervision/campaigns/{id}', { path: { id } });
  const [editing, setEditing] = useState(false);
  const { me, can } = useSession();
  // On a phone the steps go under the title: beside it they would squeeze it to a few characters.
  const mobile = !Grid.useBreakpoint().md;
  const c = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!c) return null;
  const may = (a: string) => c.allowedActions.includes(a);
  // Recorded by the campaign's own office once members visit (problems/ rules), on the problems
  // tab or from a visit's comment.
  const mayRecordProblems = can('supervision.manage') && me?.user.orgId === c.orgId && c.status !== 'draft';
  const refresh = () => void q.refetch();

  const step = async (to: (typeof STEPS)[number][0]) => {
    try {
      await api.post(`/api/supervision/campaigns/{id}/${to}`, { path: { id } });
      message.success(t('supervisionCampaigns.done'));
      refresh();
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const actions = (
    <Space wrap>
      {may('editEvalCampaign') && <Button onClick={() => setEditing(true)}>{t('supervisionCampaigns.edit')}</Button>}
      {STEPS.map(
        ([to, action, confirm]) =>
          may(action) && (
            <Popconfirm
              key={to}
              title={t(`supervisionCampaigns.${confirm}`)}
              onConfirm={() => step(to)}
              disabled={to === 'open' && c.openProblems.length > 0}
            >
              <Button type="primary" disabled={to === 'open' && c.openProblems.length > 0}>
                {t(`supervisionCampaigns.${to}`)}
              </Button>
            </Popconfirm>
          ),
      )}
    </Space>
  );

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Link to="/supervision/campaigns">{t('supervisionCampaigns.title')}</Link>
        <span>/</span>
      </Space>
      <Card
        title={
          <Space wrap>
            {c.title}
            <Tag color={STATUS_COLOR[c.status]} data-testid="campaign-status">
              {t(`supervisionCampaigns.status.${c.status}`)}
            </Tag>
          </Space>
        }
        extra={!mobile && actions}
      >
        {mobile && <div style={{ marginBottom: 12 }}>{actions}</div>}
        {c.openProblems.length > 0 && may('openEvalCampaign') && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('supervisionCampaigns.cannotOpen')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="open-problems">
                {c.openProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('supervisionCampaigns.objectKind')}>
            {t(`supervisionCampaigns.kind.${c.objectKind}`)}
          </Descriptions.Item>
          <Descriptions.Item
            label={t('supervisionCampaigns.period')}
          >{`${c.startsOn} ~ ${c.endsOn}`}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.visitsPerObject')}>{c.visitsPerObject}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.org')}>{c.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.objects')}>{c.objects}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.participants')}>{c.participants}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.assignments')}>{c.assignments}</Descriptions.Item>
          <Descriptions.Item label={t('supervisionCampaigns.visits')}>{c.visits}</Descriptions.Item>
        </Descriptions>
        {/* Below the figures, not a cell among them: a long description in the grid's last cell
            squeezed the other columns into a letter's width. */}
        {c.description && (
          <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('supervisionCampaigns.description')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{c.description}</span>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card size="small" style={{ marginTop: 16 }}>
        <Tabs
          items={[
            {
              key: 'criteria',
              label: t('supervisionCampaigns.tabCriteria'),
              children: <CriteriaTab campaign={c} onSaved={refresh} />,
            },
            {
              key: 'objects',
              label: t('supervisionCampaigns.tabObjects'),
              children: <ObjectsTab campaign={c} onChanged={refresh} />,
            },
            {
              key: 'participants',
              label: t('supervisionCampaigns.tabParticipants'),
              children: <ParticipantsTab campaign={c} onChanged={refresh} />,
            },
            {
              key: 'assignment',
              label: t('supervisionCampaigns.tabAssignment'),
              children: <AssignmentTab campaign={c} onChanged={refresh} />,
            },
            {
              key: 'visits',
              label: t('supervisionCampaigns.tabVisits'),
              children: <VisitsTab campaign={c} mayRecord={mayRecordProblems} />,
            },
            // Nothing to review before members visit.
            ...(c.status === 'draft'
              ? []
              : [{ key: 'review', label: t('supervisionReview.tab'), children: <ReviewTab campaign={c} /> }]),
            {
              key: 'problems',
              label: t('prob.tab'),
              // Recorded by the campaign's own office once members visit (problems/ rules).
              children: <ProblemsTab campaign={c} mayRecord={mayRecordProblems} />,
            },
          ]}
        />
      </Card>
      <EditCampaign campaign={c} open={editing} onClose={() => setEditing(false)} onSaved={refresh} />
    </div>
  );
}

function EditCampaign(props: { campaign: EvalCampaign; open: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const c = props.campaign;
  return (
    <FormModal<{
      title: string;
      objectKind: EvalCampaign['objectKind'];
      description?: string;
      period: [dayjs.Dayjs, dayjs.Dayjs];
      visitsPerObject: number;
    }>
      open={props.open}
      title={t('supervisionCampaigns.edit')}
      initialValues={{
        title: c.title,
        objectKind: c.objectKind,
        description: c.description ?? undefined,
        period: [dayjs(c.startsOn), dayjs(c.endsOn)],
        visitsPerObject: c.visitsPerObject,
      }}
      onCancel={props.onClose}
      onSubmit={async (v) => {
        await api.patch('/api/supervision/campaigns/{id}', {
          path: { id: c.id },
          body: {
            title: v.title,
            objectKind: v.objectKind,
            description: v.description || null,
            startsOn: v.period[0].format('YYYY-MM-DD'),
            endsOn: v.period[1].format('YYYY-MM-DD'),
            visitsPerObject: v.visitsPerObject,
          },
        });
        props.onClose();
        props.onSaved();
      }}
    >
      <CampaignFields />
    </FormModal>
  );
}
