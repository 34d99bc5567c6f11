// 疑似重复 in the review queue: for the proposals on the page, the server's likely duplicates
// (of each other or of earlier proposals), each a link, so the office can open them and 并案.
import { Space, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { QueueDuplicate } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import '../../i18n/areas/proposals';

type Duplicates = QueueDuplicate[];

/** The likely duplicates of each proposal of the page, by id (empty until answered; advice, so a failure shows nothing). */
export function useQueueDuplicates(ids: readonly number[]): Map<number, Duplicates> {
  const key = ids.join(',');
  const query = useApiQuery('/api/proposals/review/duplicates', key ? { query: { ids: key } } : null, {
    retry: false,
  });
  const items = query.data?.items;
  return useMemo(() => new Map((items ?? []).map((x) => [x.id, x.duplicates])), [items]);
}

export function QueueDuplicateTags({ duplicates }: { duplicates: Duplicates | undefined }) {
  const { t } = useI18n();
  if (!duplicates?.length) return null;
  return (
    <Tooltip title={t('proposals.review.duplicateOf')}>
      <Space size={4} wrap data-testid="queue-duplicates">
        <Tag color="error" style={{ marginInlineEnd: 0 }}>
          {t('proposals.duplicateTag')}
        </Tag>
        {duplicates.map((d) => (
          <Link key={d.id} to={`/proposals/${d.id}`} title={d.title}>
            {d.numberLabel ?? d.title}
          </Link>
        ))}
      </Space>
    </Tooltip>
  );
}
