// The office's queue of members' contact-change requests: approve (takes effect at once)
// or reject with a reason the member is told.
import { App as AntApp, Button, Card, Form, Input, Modal, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { valuesOf, type ContactChange } from '../../api/models';
import { ChangeLines } from './ChangeLines';
import '../../i18n/areas/members';

type Status = ContactChange['status'];
const STATUSES = valuesOf<Status>()(['pending', 'approved', 'rejected']);

export function ContactChangesPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<Status>('pending');
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<ContactChange | null>(null);
  const list = useApiQuery('/api/member-contact-changes', { query: { status, page, pageSize: 20 } }, KEEP_PAGE);
  const data = list.data;

  const approve = (c: ContactChange) =>
    Modal.confirm({
      title: `${t('members.approve')}：${c.memberName}`,
      content: t('members.approveConfirm'),
      okText: t('members.approve'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post('/api/member-contact-changes/{id}/approve', { path: { id: c.id }, body: {} });
          message.success(t('members.approvedMsg'));
        } catch (err) {
          message.error((err as Error).message);
        }
      },
    });

  return (
    <Card title={t('members.changesTitle')}>
      <Tabs
        activeKey={status}
        onChange={(k) => {
          setStatus(k as Status);
          setPage(1);
        }}
        items={STATUSES.map((s) => ({ key: s, label: t(`members.${s}`) }))}
      />
      <Table<ContactChange>
        rowKey="id"
        loading={list.isFetching}
        dataSource={data?.items}
        scroll={{ x: 760 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          {
            title: t('members.member'),
            width: 140,
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/members/${c.memberId}`}>{c.memberName}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.sectorName}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('members.changes'), render: (_, c) => <ChangeLines change={c} /> },
          {
            title: t('members.requestedAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (v: string) => formatDateTime(v),
          },
          status === 'pending'
            ? {
                title: t('common.actions'),
                width: 150,
                render: (_, c) => (
                  <Space>
                    <Button type="primary" size="small" onClick={() => approve(c)}>
                      {t('members.approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting(c)}>
                      {t('members.reject')}
                    </Button>
                  </Space>
                ),
              }
            : {
                title: t('members.note'),
                width: 220,
                render: (_, c) => (
                  <Space orientation="vertical" size={0}>
                    <span>{c.decisionNote ?? ''}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(c.decidedAt)}
                    </Typography.Text>
                  </Space>
                ),
              },
        ]}
      />
      <FormModal<{ note: string }>
        open={!!rejecting}
        title={`${t('members.rejectTitle')}：${rejecting?.memberName ?? ''}`}
        okText={t('members.reject')}
        onCancel={() => setRejecting(null)}
        onSubmit={async (v) => {
          await api.post('/api/member-contact-changes/{id}/reject', { path: { id: rejecting!.id }, body: v });
          setRejecting(null);
          message.success(t('members.rejectedMsg'));
        }}
      >
        <Form.Item
          name="note"
          label={t('members.rejectNote')}
          rules={[{ required: true, min: 2, message: t('members.rejectPlaceholder') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('members.rejectPlaceholder')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
