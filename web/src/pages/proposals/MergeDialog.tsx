// 并案: the office picks proposals to merge into this one. It starts from the proposals the
// server finds similar (when it offers that) and can search for others; the picked ones
// stay picked across searches. Only proposals under review or accepted can be merged.
import { selectAllTitle } from '../../components/selectAllTitle';
import { Alert, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { ProposalDetail, ProposalItem } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { NumberLabel, StateTag } from './ProposalTags';
import '../../i18n/areas/proposals';

type Row = Pick<ProposalItem, 'id' | 'title' | 'numberLabel' | 'state'> & { score?: number; leadName?: string | null };
const MERGEABLE: string[] = ['submitted', 'accepted'];

export function MergeDialog({
  main,
  open,
  onClose,
  onMerged,
}: {
  main: ProposalDetail;
  open: boolean;
  onClose(): void;
  onMerged(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<Map<number, Row>>(new Map());
  const [query, setQuery] = useState('');
  /** The text last searched for; empty: the similar proposals (or, where the server offers none, the latest). */
  const [searched, setSearched] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const similar = useApiQuery('/api/proposals/{id}/similar', open && !searched ? { path: { id: main.id } } : null);
  const noSimilar = similar.error?.status === 404;
  const list = useApiQuery(
    '/api/proposals',
    open && (searched || noSimilar)
      ? { query: { q: searched || undefined, state: MERGEABLE.join(','), pageSize: 20, sort: '-submittedAt' } }
      : null,
  );
  const fromSimilar = !searched && !!similar.data;
  const rows: Row[] = fromSimilar
    ? similar.data!.items.filter((x) => x.id !== main.id && MERGEABLE.includes(x.state))
    : (list.data?.items.filter((x) => x.id !== main.id) ?? []);
  const loading = similar.isFetching || list.isFetching;
  const loadError = (similar.error && !noSimilar ? similar.error : list.error)?.message;

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      const merged = await api.post('/api/proposals/merge', {
        body: { mainId: main.id, otherIds: [...picked.keys()], note: note.trim() || undefined },
      });
      onMerged(merged);
      setPicked(new Map());
      setNote('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('proposals.merge.title')}
      width={760}
      onCancel={() => {
        setSearched(''); // opened again, it starts from the similar proposals
        onClose();
      }}
      destroyOnHidden
      okText={t('proposals.merge.ok', { n: picked.size })}
      cancelText={t('common.cancel')}
      onOk={merge}
      okButtonProps={{ disabled: picked.size === 0, loading: busy, danger: true }}
    >
      <Typography.Paragraph type="secondary">{t('proposals.merge.hint', { title: main.title })}</Typography.Paragraph>
      {(error ?? loadError) && <Alert type="error" showIcon title={error ?? loadError} style={{ marginBottom: 12 }} />}
      <Input.Search
        allowClear
        placeholder={t('proposals.merge.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onSearch={(v) => setSearched(v.trim())}
        style={{ marginBottom: 8 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(fromSimilar ? 'proposals.merge.fromSimilar' : 'proposals.merge.fromSearch')}
      </Typography.Text>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 320 }}
        style={{ marginTop: 8 }}
        rowSelection={{
          columnTitle: selectAllTitle,
          selectedRowKeys: [...picked.keys()],
          preserveSelectedRowKeys: true,
          onChange: (_, selected) =>
            setPicked((prev) => {
              const next = new Map([...prev].filter(([id]) => !rows.some((r) => r.id === id)));
              for (const r of selected) if (r) next.set(r.id, r);
              return next;
            }),
        }}
        columns={[
          {
            title: t('proposals.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Space size={4} wrap>
                {v}
                {r.leadName && <Typography.Text type="secondary">{r.leadName}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('proposals.number'),
            dataIndex: 'numberLabel',
            width: 170,
            render: (v: string | null) => <NumberLabel label={v} />,
          },
          {
            title: t('proposals.stateLabel'),
            dataIndex: 'state',
            width: 90,
            render: (_, r) => <StateTag state={r.state} />,
          },
          ...(fromSimilar
            ? [
                {
                  title: t('proposals.similarity'),
                  dataIndex: 'score',
                  width: 80,
                  render: (v: number) => <Tag>{Math.round(v * 100)}%</Tag>,
                },
              ]
            : []),
        ]}
      />
      <Input.TextArea
        placeholder={t('proposals.merge.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 5 }}
        style={{ marginTop: 12 }}
      />
    </Modal>
  );
}
