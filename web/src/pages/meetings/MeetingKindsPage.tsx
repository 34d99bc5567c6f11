// 会议类型: the office's list of its organisation's meeting kinds (the defaults copied on first
// use, and its own): what each kind means for attendance, check-in, study and training, and
// who is invited by default. The office adds kinds, edits them and retires them (a retired
// kind is no longer offered for new meetings; its meetings keep it).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { MeetingKind } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { addArea, useI18n } from '../../i18n';
import { meetingKinds } from '../../i18n/messages/meetingKinds';
// The meetings area too (attendance modes, check-in methods): this page may be the first one opened.
import './api';
import { KindDialog } from './KindDialog';

addArea('meetingKinds', meetingKinds);

export function MeetingKindsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const kinds = useApiQuery('/api/meeting-kinds', {});
  const [editing, setEditing] = useState<MeetingKind | 'new' | null>(null);

  const setActive = async (k: MeetingKind, active: boolean) => {
    try {
      await api.patch('/api/meeting-kinds/{id}', { path: { id: k.id }, body: { active } });
      message.success(t(active ? 'meetingKinds.activated' : 'meetingKinds.deactivated'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const yesNo = (v: boolean) => (v ? t('meetingKinds.yes') : t('meetingKinds.no'));

  return (
    <Card
      title={t('meetingKinds.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-kind">
          {t('meetingKinds.add')}
        </Button>
      }
    >
      <Table<MeetingKind>
        rowKey="id"
        size="small"
        loading={kinds.isLoading}
        dataSource={kinds.data}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(k) => ({ 'data-testid': `kind-${k.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('meetingKinds.name'),
            render: (_, k) => (
              <Space size={4}>
                {k.name}
                {!k.active && <Tag>{t('meetingKinds.inactive')}</Tag>}
              </Space>
            ),
          },
          { title: t('meetingKinds.category'), width: 110, render: (_, k) => t(`meetingKinds.category.${k.category}`) },
          {
            title: t('meetingKinds.attendanceMode'),
            width: 100,
            render: (_, k) => t(`meetings.mode.${k.attendanceMode}`),
          },
          {
            title: t('meetingKinds.checkinMethod'),
            width: 110,
            render: (_, k) => t(`meetingKinds.checkin.${k.checkinMethod}`),
          },
          {
            title: t('meetingKinds.countsAs'),
            width: 170,
            render: (_, k) =>
              k.countsAs
                ? `${t(`meetingKinds.counts.${k.countsAs}`)}${k.studyKind ? ` · ${t(`meetingKinds.study.${k.studyKind}`)}` : ''}`
                : '—',
          },
          { title: t('meetingKinds.allowsDecline'), width: 90, render: (_, k) => yesNo(k.allowsDecline) },
          { title: t('meetingKinds.lateGraceMinutes'), width: 120, dataIndex: 'lateGraceMinutes' },
          {
            title: t('meetingKinds.active'),
            width: 80,
            render: (_, k) => (
              <Switch size="small" checked={k.active} onChange={(v) => setActive(k, v)} aria-label={k.name} />
            ),
          },
          {
            title: '',
            width: 80,
            render: (_, k) => (
              <Button type="link" size="small" onClick={() => setEditing(k)} data-testid="edit-kind">
                {t('meetingKinds.edit')}
              </Button>
            ),
          },
        ]}
      />
      <KindDialog kind={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
