// The units a proposal went to: role, part, status, deadlines, lateness and urging, with
// the office's urge and replace (a co unit) buttons; below them the extension requests and the urgings.
import { List, Space, Tag, Typography } from 'antd';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import type { ProposalDetail } from '../../../api/models';
import { DecideExtensionButton, UrgeButton } from './ItemDialogs';
import { AssignmentStatusTag, DeadlineMark, RoleTag, UrgedMark } from './marks';
import type { HandlingView } from '../../../api/models';
import { ReplaceCoUnitButton } from './UnitWork';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/unitWork';

const small = { fontSize: 12 };

export function AssignmentsSection({ view, changed }: { view: HandlingView; changed(p: ProposalDetail): void }) {
  const { t } = useI18n();
  if (!view.assignments.length) return null;
  return (
    <section data-testid="handling-assignments">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('proposalsHandling.units')}
      </Typography.Title>
      <List
        size="small"
        dataSource={view.assignments}
        split
        renderItem={(a) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <div
              style={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'flex-start',
                gap: 8,
                marginBottom: 4,
              }}
            >
              <Space size={6} wrap>
                <Typography.Text strong>{a.unitName}</Typography.Text>
                <RoleTag role={a.role} />
                <AssignmentStatusTag status={a.status} />
                {a.round > 1 && (
                  <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                    {t('proposalsHandling.round', { n: a.round })}
                  </Tag>
                )}
                <UrgedMark count={a.urgeCount} last={a.lastUrgedAt} />
              </Space>
              <Space size={6}>
                {a.allowedActions.includes('urge') && (
                  <UrgeButton
                    proposalId={view.proposalId}
                    assignmentId={a.id}
                    unitName={a.unitName}
                    type="default"
                    onDone={changed}
                  />
                )}
                {a.allowedActions.includes('replace') && (
                  <ReplaceCoUnitButton view={view} assignment={a} onDone={changed} />
                )}
              </Space>
            </div>
            {a.partNote && (
              <div style={small}>
                {t('proposalsHandling.part')}：{a.partNote}
              </div>
            )}
            <Space size={[12, 2]} wrap style={{ ...small, display: 'flex' }}>
              {a.status === 'pending_sign' && (
                <Typography.Text type={a.signOverdue ? 'danger' : undefined} style={small}>
                  {t('proposalsHandling.signBy', { date: formatDate(a.signDeadline) })}
                  {a.signOverdue ? ` · ${t('unitWork.board.signOverdue')}` : ''}
                </Typography.Text>
              )}
              {a.signedAt && (
                <span>
                  {t('proposalsHandling.signedOn', { date: formatDate(a.signedAt) })}
                  {a.signedLate ? ` · ${t('proposalsHandling.late')}` : ''}
                </span>
              )}
              {a.status !== 'declined' && a.status !== 'cancelled' && (
                <Space size={4}>
                  {t('proposalsHandling.replyBy')}
                  <DeadlineMark a={a} />
                </Space>
              )}
              {a.repliedAt && <span>{t('proposalsHandling.repliedOn', { date: formatDate(a.repliedAt) })}</span>}
            </Space>
            {a.declinedAt && (
              <div style={small}>
                <Typography.Text type="danger">
                  {t('proposalsHandling.declinedOn', { date: formatDate(a.declinedAt) })}
                </Typography.Text>
                {a.declineReason && <Typography.Text type="secondary">：{a.declineReason}</Typography.Text>}
              </div>
            )}
          </List.Item>
        )}
      />
      <Extensions view={view} changed={changed} />
      <Urgings view={view} />
    </section>
  );
}

const EXT_COLOURS = { pending: 'processing', approved: 'success', refused: 'error', lapsed: 'default' } as const;

function Extensions({ view, changed }: { view: HandlingView; changed(p: ProposalDetail): void }) {
  const { t } = useI18n();
  if (!view.extensions.length) return null;
  return (
    <div data-testid="handling-extensions" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('proposalsHandling.extensions')}</Typography.Text>
      <List
        size="small"
        dataSource={view.extensions}
        renderItem={(e) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <Space size={6} wrap>
              <Typography.Text>{e.unitName}</Typography.Text>
              <span>{t('proposalsHandling.extendTo', { date: formatDate(e.requestedDeadline) })}</span>
              <Tag color={EXT_COLOURS[e.status]} bordered={false} style={{ marginInlineEnd: 0 }}>
                {t(`proposalsHandling.extension.${e.status}`)}
              </Tag>
              {e.allowedActions.includes('decide') && (
                <DecideExtensionButton proposalId={view.proposalId} extensionId={e.id} onDone={changed} />
              )}
            </Space>
            <div style={{ ...small, whiteSpace: 'pre-wrap' }}>{e.reason}</div>
            <Typography.Text type="secondary" style={small}>
              {formatDate(e.createdAt)}
              {e.decisionNote ? ` · ${t('proposalsHandling.decisionNote')}：${e.decisionNote}` : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}

function Urgings({ view }: { view: HandlingView }) {
  const { t } = useI18n();
  if (!view.urgings.length) return null;
  return (
    <div data-testid="handling-urgings" style={{ marginTop: 12 }}>
      <Typography.Text strong>{t('proposalsHandling.urgings')}</Typography.Text>
      <List
        size="small"
        dataSource={view.urgings}
        renderItem={(g) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <Space size={6} wrap style={small}>
              <span>{formatDateTime(g.createdAt)}</span>
              <span>{t('proposalsHandling.urgedUnit', { unit: g.unitName })}</span>
              {g.by && <Typography.Text type="secondary">{g.by}</Typography.Text>}
            </Space>
            {g.note && <div style={small}>{g.note}</div>}
          </List.Item>
        )}
      />
    </div>
  );
}
