// The live "similar proposals" panel beside a draft: after the member stops typing for a
// moment it asks the server for the closest proposals of this and earlier terms, shows
// them with their similarity and the verdict (疑似重复 / 同一主题) with its reasons, and warns
// loudly about an exact or likely duplicate.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Progress, Space, Spin, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useDebounced } from '../../components/useDebounced';
import { useI18n } from '../../i18n';
import type { SimilarItem } from '../../api/models';
import { NumberLabel, StateTag } from './ProposalTags';
import { SimilarReasons, VerdictTag } from './SimilarReasons';
import '../../i18n/areas/proposals';

const WAIT_MS = 700;
/** Below this much text a comparison means little. */
const MIN_CHARS = 6;

export function SimilarPanel({
  title,
  reasons,
  suggestions,
  excludeId,
  limit,
  onResult,
}: {
  title?: string;
  reasons?: string;
  suggestions?: string;
  excludeId?: number;
  /** Show only the closest few at first (on a phone the panel stands between the fields). */
  limit?: number;
  onResult?(items: SimilarItem[]): void;
}) {
  const { t } = useI18n();
  const [items, setItems] = useState<SimilarItem[] | null>(null);
  const report = useRef(onResult);
  report.current = onResult;

  const text = {
    title: (title ?? '').trim(),
    reasons: (reasons ?? '').trim(),
    suggestions: (suggestions ?? '').trim(),
  };
  const enough = [...text.title].length + [...text.reasons].length >= MIN_CHARS;
  // Asked once the text has rested; the same text again is answered from the cache.
  const body = useDebounced(enough ? JSON.stringify({ ...text, excludeId }) : null, WAIT_MS);
  const query = useQuery({
    queryKey: ['api', 'proposals', 'similar', body],
    queryFn: () => api.postQuery('/api/proposals/similar', { body: JSON.parse(body!) }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    // The comparison is advice: a failed one leaves the last answer and is tried on the next change.
    retry: false,
  });
  const found = query.data?.items;
  useEffect(() => {
    if (!found) return;
    setItems(found);
    report.current?.(found);
  }, [found]);
  const loading = query.isFetching;

  const exact = items?.filter((x) => x.exact) ?? [];
  const likely = !exact.length && items?.some((x) => x.verdict === 'duplicate');
  return (
    <Card
      size="small"
      data-testid="similar-panel"
      title={
        <Space size={6}>
          <CopyOutlined />
          {t('proposals.similarTitle')}
          {loading && <Spin size="small" />}
        </Space>
      }
    >
      {exact.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('proposals.exactDuplicate')}
          style={{ marginBottom: 8 }}
          data-testid="exact-duplicate"
        />
      )}
      {likely && (
        <Alert
          type="error"
          showIcon
          title={t('proposals.likelyDuplicate')}
          style={{ marginBottom: 8 }}
          data-testid="likely-duplicate"
        />
      )}
      {!enough || items === null ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('proposals.similarHint')}
        </Typography.Text>
      ) : (
        <SimilarList items={items} limit={limit} />
      )}
    </Card>
  );
}

/** The matches, closest first: similarity, title (a link for those who may open it), state and number. */
export function SimilarList({ items, limit }: { items: SimilarItem[]; limit?: number }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposals.noSimilar')} />;
  const cut = !all && limit !== undefined && items.length > limit;
  return (
    <List<SimilarItem>
      size="small"
      dataSource={cut ? items.slice(0, limit) : items}
      split
      footer={
        cut ? (
          <Button type="link" size="small" onClick={() => setAll(true)} style={{ paddingInline: 0 }}>
            {t('proposals.similarAll', { n: items.length })}
          </Button>
        ) : undefined
      }
      renderItem={(x) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="similar-item">
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Progress
              type="circle"
              size={36}
              status="normal"
              percent={Math.round(x.score * 100)}
              strokeColor={x.verdict === 'duplicate' ? '#cf1322' : undefined}
              format={(n) => <span style={{ fontSize: 11 }}>{n}%</span>}
              aria-label={t('proposals.similarity')}
            />
            <div style={{ minWidth: 0, flex: 1 }}>
              {x.canOpen ? (
                <Link to={`/proposals/${x.id}`} target="_blank" rel="noopener">
                  {x.title}
                </Link>
              ) : (
                <Typography.Text>{x.title}</Typography.Text>
              )}
              <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center', fontSize: 12 }}>
                <StateTag state={x.state} />
                {x.exact ? (
                  <Tag color="error" style={{ marginInlineEnd: 0 }}>
                    {t('proposals.exactTag')}
                  </Tag>
                ) : (
                  <VerdictTag verdict={x.verdict} />
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {x.numberLabel ?? x.termName ?? <NumberLabel label={null} />}
                </Typography.Text>
              </div>
              {!x.exact && <SimilarReasons reasons={x.reasons} />}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** On a proposal under review: what the server finds similar to it (for the office's decision and 并案). */
export function SimilarCard({ proposalId }: { proposalId: number }) {
  const { t } = useI18n();
  const query = useApiQuery('/api/proposals/{id}/similar', { path: { id: proposalId } });
  const items = query.data?.items.filter((x) => x.id !== proposalId);
  if (!items) return null;
  return (
    <Card
      size="small"
      title={
        <Space size={6}>
          <CopyOutlined />
          {t('proposals.similarTitle')}
        </Space>
      }
      data-testid="similar-card"
    >
      {items.some((x) => x.exact) ? (
        <Alert type="error" showIcon title={t('proposals.exactDuplicateOffice')} style={{ marginBottom: 8 }} />
      ) : (
        items.some((x) => x.verdict === 'duplicate') && (
          <Alert type="error" showIcon title={t('proposals.likelyDuplicateOffice')} style={{ marginBottom: 8 }} />
        )
      )}
      <SimilarList items={items} />
    </Card>
  );
}
