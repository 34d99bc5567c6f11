// The roster: filters, search by name or pinyin initials, exact look-up by phone or ID
// number (for those allowed), masked columns, paging, and the masked or full export.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Dropdown,
  Grid,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Children, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import { addressQuery } from '../../api/paths';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import type { MemberItem } from '../../api/models';
import { PARTY_CODES } from './api';
import { lookupParams, PAGE_SIZE, useRoster } from './useRoster';
import '../../i18n/areas/members';

export function MemberListPage() {
  const { me, can } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const { data: ref } = useRefData(me?.currentOrg.id);
  const roster = useRoster(ref);
  const { filters, raw, setFilter } = roster;
  if (!me) return null;

  const committee = ref?.committees.find((c) => String(c.id) === filters.committeeId);
  const groups = committee ? committee.groups : (ref?.committees.flatMap((c) => c.groups) ?? []);

  const download = (unmasked: boolean) => {
    const url = apiUrl('/api/members/export', {
      query: { ...addressQuery('/api/members/export', filters), ...(unmasked && { unmasked: 'true' as const }) },
    });
    const go = () => window.location.assign(url);
    if (unmasked)
      Modal.confirm({
        title: t('members.exportFull'),
        content: t('members.exportFullConfirm'),
        onOk: go,
        okText: t('common.confirm'),
        cancelText: t('common.cancel'),
      });
    else go();
  };

  const exportButton =
    can('members.export') &&
    (can('members.unmask') ? (
      <Dropdown
        menu={{
          items: [
            { key: 'masked', label: t('members.exportMasked'), onClick: () => download(false) },
            { key: 'full', label: t('members.exportFull'), onClick: () => download(true) },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} data-testid="export-button">
          {t('common.export')}
        </Button>
      </Dropdown>
    ) : (
      <Button icon={<DownloadOutlined />} onClick={() => download(false)} data-testid="export-button">
        {t('common.export')}
      </Button>
    ));

  const select = (
    key: 'sectorId' | 'committeeId' | 'groupId' | 'party' | 'isNew',
    placeholder: string,
    options: { value: string; label: string }[],
    width = 150,
  ) => (
    <Select
      allowClear
      placeholder={placeholder}
      style={{ width: mobile ? '100%' : width }}
      value={filters[key]}
      options={options}
      onChange={(v?: string) =>
        setFilter(key === 'committeeId' ? { committeeId: v, groupId: undefined } : { [key]: v })
      }
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={placeholder}
    />
  );

  return (
    <Card
      title={t('members.title')}
      extra={
        !mobile && (
          <Space>
            {can('members.write') && (
              <Link to="/members/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('members.create')}
                </Button>
              </Link>
            )}
            {can('members.import') && (
              <Link to="/members/import">
                <Button icon={<UploadOutlined />}>{t('members.import')}</Button>
              </Link>
            )}
            {exportButton}
          </Space>
        )
      }
    >
      {mobile && (
        <Space wrap style={{ marginBottom: 12 }}>
          {can('members.write') && (
            <Link to="/members/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('members.create')}
              </Button>
            </Link>
          )}
          {exportButton}
        </Space>
      )}
      <FilterBar
        mobile={mobile}
        wide={[
          <Input.Search
            key="q"
            allowClear
            placeholder={t('members.searchPlaceholder')}
            defaultValue={raw('q')}
            style={{ width: mobile ? '100%' : 240 }}
            onSearch={(v) => setFilter({ q: v.trim() || undefined })}
            data-testid="member-search"
            aria-label={t('members.searchPlaceholder')}
          />,
          can('members.unmask') && (
            <Input.Search
              key="lookup"
              allowClear
              placeholder={t('members.lookupPlaceholder')}
              style={{ width: mobile ? '100%' : 220 }}
              defaultValue={raw('phone') ?? raw('idNumber')}
              aria-label={t('members.lookupPlaceholder')}
              onSearch={(v) => setFilter({ phone: undefined, idNumber: undefined, ...lookupParams(v) })}
            />
          ),
        ]}
      >
        <Select
          style={{ width: mobile ? '100%' : 130 }}
          aria-label={t('members.term')}
          value={filters.termId ?? 'all'}
          onChange={(v: string) => setFilter({ termId: v })}
          options={[
            { value: 'all', label: t('members.allTerms') },
            ...(ref?.terms ?? []).map((term) => ({ value: String(term.id), label: term.name })),
          ]}
        />
        {select(
          'sectorId',
          t('members.sector'),
          (ref?.sectors ?? []).map((s) => ({ value: String(s.id), label: s.name })),
          160,
        )}
        {select(
          'committeeId',
          t('members.committee'),
          (ref?.committees ?? []).map((c) => ({ value: String(c.id), label: c.name })),
          180,
        )}
        {select(
          'groupId',
          t('members.group'),
          groups.map((g) => ({ value: String(g.id), label: g.name })),
          140,
        )}
        {select(
          'party',
          t('members.party'),
          PARTY_CODES.map((p) => ({ value: p, label: t(`party.${p}`) })),
          120,
        )}
        {select(
          'isNew',
          t('members.isNew'),
          [
            { value: 'true', label: t('members.newOnly') },
            { value: 'false', label: t('members.returning') },
          ],
          120,
        )}
        <Select
          style={{ width: mobile ? '100%' : 110 }}
          aria-label={t('members.status')}
          value={filters.active ?? 'any'}
          onChange={(v: string) => setFilter({ active: v })}
          options={[
            { value: 'true', label: t('members.active') },
            { value: 'false', label: t('members.inactive') },
            { value: 'any', label: t('members.allStatus') },
          ]}
        />
      </FilterBar>
      {roster.error && <Alert type="error" showIcon title={roster.error} style={{ marginBottom: 12 }} />}
      <Table<MemberItem>
        rowKey="id"
        size="middle"
        loading={roster.loading}
        dataSource={roster.data?.items}
        scroll={{ x: mobile ? undefined : 1000 }}
        onRow={(r) => ({ onClick: () => navigate(`/members/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: roster.page,
          pageSize: PAGE_SIZE,
          total: roster.data?.total,
          showSizeChanger: false,
          onChange: roster.setPage,
          showTotal: (n) => t('common.total', { n }),
          simple: mobile,
        }}
        columns={
          mobile
            ? [
                {
                  title: t('members.name'),
                  render: (_, r) => (
                    <>
                      <MemberName r={r} />
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {[r.sectorName, r.committeeName].filter(Boolean).join(' · ')}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                },
                { title: t('members.phone'), dataIndex: 'phoneMasked', width: 120, align: 'right' },
              ]
            : [
                { title: t('members.name'), width: 120, fixed: 'left', render: (_, r) => <MemberName r={r} /> },
                {
                  title: t('members.gender'),
                  dataIndex: 'gender',
                  width: 56,
                  render: (v: string) => t(`members.${v}`),
                },
                { title: t('members.sector'), dataIndex: 'sectorName', width: 130 },
                {
                  title: t('members.committee'),
                  dataIndex: 'committeeName',
                  width: 170,
                  render: (v: string | null, r) => [v, r.groupName].filter(Boolean).join(' · '),
                },
                { title: t('members.party'), dataIndex: 'party', width: 80, render: (v: string) => t(`party.${v}`) },
                {
                  title: t('members.workAndTitle'),
                  render: (_, r) => [r.workUnit, r.jobTitle].filter(Boolean).join(' '),
                },
                { title: t('members.phone'), dataIndex: 'phoneMasked', width: 116 },
                { title: t('members.idNumber'), dataIndex: 'idNumberMasked', width: 172 },
                {
                  title: t('members.status'),
                  dataIndex: 'active',
                  width: 76,
                  render: (v: boolean) =>
                    v ? <Tag color="green">{t('members.active')}</Tag> : <Tag>{t('members.inactive')}</Tag>,
                },
              ]
        }
      />
    </Card>
  );
}

function MemberName({ r }: { r: MemberItem }) {
  const { t } = useI18n();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Link to={`/members/${r.id}`} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 600 }}>
        {r.name}
      </Link>
      {r.isNew && (
        <Tag color="red" bordered={false} style={{ marginInlineStart: 6 }}>
          {t('members.newTag')}
        </Tag>
      )}
    </span>
  );
}

/** Desktop: one wrapping row. Phone: the searches full width, the selects two to a row. */
function FilterBar({ mobile, wide, children }: { mobile: boolean; wide: ReactNode[]; children: ReactNode }) {
  const items = Children.toArray(children);
  if (!mobile)
    return (
      <Space wrap style={{ marginBottom: 16 }} size={[8, 8]}>
        {[...wide.filter(Boolean), ...items]}
      </Space>
    );
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      {wide.filter(Boolean).map((node, i) => (
        <Col key={`w${i}`} span={24}>
          {node}
        </Col>
      ))}
      {items.map((node, i) => (
        <Col key={i} span={12}>
          {node}
        </Col>
      ))}
    </Row>
  );
}
