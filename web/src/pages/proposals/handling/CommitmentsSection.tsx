// What the units promised in their replies and what has come of it since (重答复更重落实):
// each commitment with its due date, status and progress reports, the unit's "report
// progress" and the office's "stop following" buttons; then the proposer's ratings.
import { List, Space, Timeline, Typography } from 'antd';
import { formatDate, useI18n } from '../../../i18n';
import { DropButton, ProgressButton } from './ItemDialogs';
import { CommitmentStatusTag } from './marks';
import type { HandlingView } from '../../../api/models';
import '../../../i18n/areas/proposalsHandling';

const small = { fontSize: 12 };

export function CommitmentsSection({ view, replaced }: { view: HandlingView; replaced(v: HandlingView): void }) {
  const { t } = useI18n();
  if (!view.commitments.length) return null;
  return (
    <section data-testid="handling-commitments">
      <Typography.Title level={5}>{t('proposalsHandling.commitments')}</Typography.Title>
      <List
        size="small"
        dataSource={view.commitments}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }} data-testid="commitment">
            <Space size={6} wrap style={{ marginBottom: 4 }}>
              <Typography.Text strong>{c.content}</Typography.Text>
              <CommitmentStatusTag status={c.status} overdue={c.overdue} />
            </Space>
            <Space size={[12, 2]} wrap style={small}>
              <span>{t('proposalsHandling.dueBy', { date: formatDate(c.dueDate) })}</span>
              <Typography.Text type="secondary" style={small}>
                {c.unitName}
              </Typography.Text>
              {c.doneAt && <span>{t('proposalsHandling.doneOn', { date: formatDate(c.doneAt) })}</span>}
              {c.allowedActions.includes('progress') && <ProgressButton commitmentId={c.id} onDone={replaced} />}
              {c.allowedActions.includes('drop') && <DropButton commitmentId={c.id} onDone={replaced} />}
            </Space>
            {c.updates.length > 0 && (
              <Timeline
                style={{ marginTop: 10, marginBottom: -16 }}
                items={c.updates.map((u) => ({
                  key: u.id,
                  color: u.marksDone ? 'green' : 'blue',
                  content: (
                    <div style={small}>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{u.note}</div>
                      <Typography.Text type="secondary" style={small}>
                        {formatDate(u.createdAt)}
                        {u.by ? ` · ${u.by}` : ''}
                      </Typography.Text>
                    </div>
                  ),
                }))}
              />
            )}
          </List.Item>
        )}
      />
    </section>
  );
}

export function FeedbackSection({ view }: { view: HandlingView }) {
  const { t } = useI18n();
  if (!view.feedback.length) return null;
  const rating = (v: string) => (
    <Typography.Text type={v === 'unsatisfied' ? 'danger' : v === 'satisfied' ? 'success' : undefined}>
      {t(`proposalsHandling.rating.${v}`)}
    </Typography.Text>
  );
  return (
    <section data-testid="handling-feedback">
      <Typography.Title level={5}>{t('proposalsHandling.feedback')}</Typography.Title>
      <List
        size="small"
        dataSource={view.feedback}
        renderItem={(f) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }}>
            <Space size={[12, 2]} wrap>
              <Typography.Text strong>{f.memberName}</Typography.Text>
              <span>
                {t('proposalsHandling.rateContacted')}：{t(`proposalsHandling.contacted.${f.contacted}`)}
              </span>
              <span>
                {t('proposalsHandling.rateAttitude')}：{rating(f.attitude)}
              </span>
              <span>
                {t('proposalsHandling.rateResult')}：{rating(f.result)}
              </span>
            </Space>
            {f.comments && <div style={{ whiteSpace: 'pre-wrap' }}>{f.comments}</div>}
            <Typography.Text type="secondary" style={small}>
              {formatDate(f.createdAt)}
              {f.round > 1 ? ` · ${t('proposalsHandling.round', { n: f.round })}` : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
