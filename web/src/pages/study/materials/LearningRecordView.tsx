// A member's learning record for a year (学习档案): the totals, the study and training sessions
// attended, the materials finished with the time spent, and his reflections. On his phone in
// 我的学习, and in the office's drawer from a material's progress list.
import { Card, Empty, List, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { durationParts, type LearningRecord } from './api';

const thisYear = () => new Date().getFullYear();

export function LearningRecordView({ memberId }: { memberId?: number }) {
  const [year, setYear] = useState(thisYear());
  const mine = useApiQuery('/api/study/record/mine', { query: { year } }, { ...KEEP_PAGE, enabled: !memberId });
  const other = useApiQuery(
    '/api/study/record/members/{id}',
    { path: { id: memberId ?? 0 }, query: { year } },
    { ...KEEP_PAGE, enabled: !!memberId },
  );
  const q = memberId ? other : mine;
  const { t } = useI18n();
  const years = [0, 1, 2].map((d) => thisYear() - d);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="learning-record">
      <Select
        value={year}
        onChange={setYear}
        style={{ width: 120 }}
        aria-label={t('studyMaterials.recordTitle')}
        options={years.map((y) => ({ value: y, label: t('studyMaterials.year', { year: y }) }))}
      />
      {q.error && <Typography.Text type="danger">{q.error.message}</Typography.Text>}
      {q.data && <RecordBody r={q.data} />}
      {!q.data && !q.error && <Card loading />}
    </Space>
  );
}

function RecordBody({ r }: { r: LearningRecord }) {
  const { t } = useI18n();
  const stats: [string, number][] = [
    ['sessions', r.totals.sessions],
    ['hours', r.totals.hours],
    ['materialsRead', r.totals.materials],
    ['readingMinutes', r.totals.readingMinutes],
    ['reflections', r.totals.reflections],
  ];
  return (
    <>
      <Card size="small">
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))', gap: 12 }}>
          {stats.map(([k, v]) => (
            <Statistic key={k} title={t(`studyMaterials.${k}`)} value={v} data-testid={`record-${k}`} />
          ))}
        </div>
      </Card>
      <Card size="small" title={t('studyMaterials.sessionsList')}>
        <List
          size="small"
          dataSource={r.sessions}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyMaterials.noneSessions')} />,
          }}
          renderItem={(s) => (
            <List.Item style={{ display: 'block' }}>
              <Typography.Text strong>{s.title}</Typography.Text>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 4, alignItems: 'center' }}>
                <Tag color={s.countsAs === 'training' ? 'orange' : 'blue'}>
                  {t(`studyMaterials.countsAs.${s.countsAs}`)}
                </Tag>
                <Tag>{t(`studyMaterials.att.${s.attendance}`)}</Tag>
                <Typography.Text type="secondary">
                  {formatDate(s.startsAt)} · {t('studyMaterials.hoursN', { n: s.hours })}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('studyMaterials.materialsList')}>
        <List
          size="small"
          dataSource={r.materials}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyMaterials.noneMaterials')} />,
          }}
          renderItem={(m) => (
            <List.Item style={{ display: 'block' }}>
              <Typography.Text strong>{m.title}</Typography.Text>
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">
                  {m.finishedAt
                    ? `${t('studyMaterials.finishedOn', { at: formatDateTime(m.finishedAt) })} · ${t(
                        'studyMaterials.spent',
                        {
                          time: t('studyMaterials.duration', durationParts(m.seconds)),
                        },
                      )}`
                    : t('studyMaterials.notFinished')}
                </Typography.Text>
              </div>
              {m.reflection && (
                <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
                  {t('studyMaterials.reflection')}：{m.reflection}
                </Typography.Paragraph>
              )}
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
