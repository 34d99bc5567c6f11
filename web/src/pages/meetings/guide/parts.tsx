// What the guide's pages share: its texts (added here by addArea), the agenda grouped by day,
// and the list of documents to read.
import { PaperClipOutlined } from '@ant-design/icons';
import { Empty, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { apiUrl } from '../../../api/client';
import type { FileSummary, GuideAgendaItem } from '../../../api/models';
import { addArea, formatDate, useI18n } from '../../../i18n';
import { meetingGuide } from '../../../i18n/messages/meetingGuide';
import '../api';

addArea('meetingGuide', meetingGuide);

/** The items of each day, days in order (the server answers them sorted). */
export function byDay(items: GuideAgendaItem[]): [string, GuideAgendaItem[]][] {
  const days = new Map<string, GuideAgendaItem[]>();
  for (const i of items) days.set(i.day, [...(days.get(i.day) ?? []), i]);
  return [...days];
}

export function AgendaDays({
  items,
  today,
  extra,
}: {
  items: GuideAgendaItem[];
  today?: string;
  extra?: (i: GuideAgendaItem) => ReactNode;
}) {
  const { t } = useI18n();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetingGuide.noAgenda')} />;
  return (
    <>
      {byDay(items).map(([day, list]) => (
        <section key={day} style={{ marginBottom: 12 }} data-testid="guide-day">
          <Typography.Text strong>
            {formatDate(day)}
            {day === today && (
              <Tag color="blue" style={{ marginLeft: 8 }}>
                {t('meetingGuide.today')}
              </Tag>
            )}
          </Typography.Text>
          {list.map((i) => (
            <div
              key={i.id}
              style={{ display: 'flex', gap: 12, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid="guide-item"
            >
              <Typography.Text style={{ flex: 'none', width: 92, fontVariantNumeric: 'tabular-nums' }}>
                {i.startTime}
                {i.endTime ? `–${i.endTime}` : ''}
              </Typography.Text>
              <div style={{ flex: 1, minWidth: 0 }}>
                <div>
                  {i.title} {i.byGroup && <Tag>{t('meetingGuide.byGroupTag')}</Tag>}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {[i.session, i.place].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
              {extra?.(i)}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

export function Documents({ files }: { files: FileSummary[] }) {
  const { t } = useI18n();
  if (!files.length) return <Typography.Text type="secondary">{t('meetingGuide.noDocuments')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="guide-documents">
      {files.map((f) => (
        <li key={f.id} style={{ padding: '4px 0' }}>
          <PaperClipOutlined />{' '}
          <Typography.Link href={apiUrl('/api/files/{id}', { path: { id: f.id }, query: {} })}>
            {f.name}
          </Typography.Link>
        </li>
      ))}
    </ul>
  );
}
