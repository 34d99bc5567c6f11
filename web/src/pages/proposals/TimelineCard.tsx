// The proposal's history (who did what, when), read from the server's timeline; each step is
// named by the audit action it was recorded as, in the reader's language.
import { Card, Timeline, Typography } from 'antd';
import { useApiQuery } from '../../api/query';
import { addArea, formatDateTime, useI18n } from '../../i18n';
import { auditActions } from '../../i18n/messages/auditActions';
import { timeline } from '../../i18n/messages/timeline';
import { describeFacts, describeWho } from './timelineFacts';
import '../../i18n/areas/proposals';

addArea('auditActions', auditActions);
addArea('timeline', timeline);

/** Refreshed by every write to the proposal (api/query.ts). */
export function TimelineCard({ proposalId }: { proposalId: number }) {
  const { t, locale } = useI18n();
  const items = useApiQuery('/api/proposals/{id}/timeline', { path: { id: proposalId } }).data?.items;
  if (!items?.length) return null;
  return (
    <Card size="small" title={t('proposals.timeline')} data-testid="timeline">
      <Timeline
        items={[...items].reverse().map((x) => {
          const detail = describeFacts(x.facts, t, locale);
          return {
            key: x.seq,
            content: (
              <>
                <Typography.Text strong>{t(`auditActions.${x.action}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{describeWho(x, t)}</Typography.Text>
                {detail && <div style={{ whiteSpace: 'pre-wrap' }}>{detail}</div>}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(x.at)}
                  </Typography.Text>
                </div>
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
