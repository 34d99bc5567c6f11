// The people behind a figure: the trained members with the sessions they attended, or those
// not yet reached, paged. Opened from any gauge, bar or cohort of the coverage page.
import { Drawer, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { QueryOf } from '../../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';

export type ListFilter = Omit<QueryOf<'/api/study/coverage/members'>, 'status' | 'page' | 'pageSize'>;

export interface Drill {
  label: string;
  filter: ListFilter;
  status?: 'trained' | 'unreached';
}

const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export function MembersDrawer({ drill, onClose, mobile }: { drill: Drill | null; onClose(): void; mobile: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'trained' | 'unreached'>('trained');
  const [page, setPage] = useState(1);
  const [shownFor, setShownFor] = useState<Drill | null>(null);
  if (drill !== shownFor) {
    setShownFor(drill);
    setStatus(drill?.status ?? 'trained');
    setPage(1);
  }
  const list = useApiQuery(
    '/api/study/coverage/members',
    drill ? { query: { ...drill.filter, status, page, pageSize: 20 } } : null,
    KEEP_PAGE,
  );
  const statusLabel = t(`studyCoverage.${status}`);
  return (
    <Drawer
      open={!!drill}
      onClose={onClose}
      size={mobile ? '100%' : 560}
      title={drill ? t('studyCoverage.drawerTitle', { label: drill.label, status: statusLabel }) : ''}
      data-testid="coverage-drawer"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as 'trained' | 'unreached');
            setPage(1);
          }}
          options={[
            { value: 'trained', label: t('studyCoverage.trained') },
            { value: 'unreached', label: t('studyCoverage.unreached') },
          ]}
          data-testid="drawer-status"
        />
        <List
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            size: 'small',
            showTotal: (total) => t('studyCoverage.total', { total }),
          }}
          renderItem={(m) => (
            <List.Item key={m.id} data-testid="drawer-member">
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    <span>{m.name}</span>
                    {m.isNew && <Tag color="blue">{t('studyCoverage.isNew')}</Tag>}
                  </Space>
                }
                description={
                  <>
                    <Typography.Text type="secondary">
                      {[m.org, m.sector, m.committee, m.partyLabel].filter(Boolean).join(' · ')}
                    </Typography.Text>
                    {m.sessions.map((s) => (
                      <div key={s.meetingId}>
                        {chinaDay(s.startsAt)} {s.title}（{t(`studyCoverage.attendance.${s.attendance}`)}）
                      </div>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Space>
    </Drawer>
  );
}
