// The proposal's history (who did what, when), read from the server's timeline.
import { Card, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import { formatDateTime, useI18n } from '../../i18n';
import type { TimelineEntry } from './api';

export function TimelineCard({ proposalId, version }: { proposalId: number; version: number }) {
  const { t } = useI18n();
  const [items, setItems] = useState<TimelineEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    http.get<{ items: TimelineEntry[] }>(`/api/proposals/${proposalId}/timeline`).then(
      (r) => live && setItems(r.items),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [proposalId, version]);
  if (!items?.length) return null;
  return (
    <Card size="small" title={t('proposals.timeline')} data-testid="timeline">
      <Timeline
        items={[...items].reverse().map((x) => ({
          key: x.seq,
          content: (
            <>
              <Typography.Text strong>{x.label}</Typography.Text>{' '}
              <Typography.Text type="secondary">{x.who}</Typography.Text>
              {x.detail && <div style={{ whiteSpace: 'pre-wrap' }}>{x.detail}</div>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(x.at)}
                </Typography.Text>
              </div>
            </>
          ),
        }))}
      />
    </Card>
  );
}
