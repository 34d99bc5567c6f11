// 走访记录: the campaign's visits (all, or only those whose evidence is doubtful), each opening a
// drawer with the scores by criterion, the interview, the comment and the photos with their
// taken time and distance from the object. The office may promote a comment into a problem
// (转为问题) from there, routed like one recorded on the problems tab.
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Drawer,
  Grid,
  Image,
  List,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../api/query';
import { formatDateTime, formatWallClock, useI18n } from '../../../i18n';
import { RecordModal } from '../problems/ProblemsTab';
import type { EvalCampaign, EvalVisitListed } from './campaignsApi';

function Evidence({ evidence }: { evidence: EvalVisitListed['evidence'] }) {
  const { t } = useI18n();
  const flagged = evidence.status === 'flagged';
  return (
    <Space wrap size={[4, 4]}>
      <Tag color={flagged ? 'warning' : 'success'}>{t(`supervisionCampaigns.evidence.${evidence.status}`)}</Tag>
      {evidence.reasons.map((r) => (
        <Typography.Text key={r} type="warning" style={{ fontSize: 12 }}>
          {t(`supervisionCampaigns.reason.${r}`)}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** `mayRecord`: the viewer may record the campaign's problems (what the problems tab offers him). */
export function VisitsTab({ campaign, mayRecord }: { campaign: EvalCampaign; mayRecord: boolean }) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const [flagged, setFlagged] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = useApiQuery('/api/supervision/campaigns/{id}/visits', {
    path: { id: campaign.id },
    query: flagged ? { flagged: '1' } : {},
  });
  const rows = list.data ?? [];
  const L = (k: string) => t(`supervisionCampaigns.${k}`);
  const empty = <Typography.Text type="secondary">{L('noVisits')}</Typography.Text>;
  return (
    <div>
      <Checkbox checked={flagged} onChange={(e) => setFlagged(e.target.checked)} style={{ marginBottom: 12 }}>
        {L('flaggedOnly')}
      </Checkbox>
      {mobile ? (
        <List
          dataSource={rows}
          loading={list.isLoading}
          locale={{ emptyText: empty }}
          renderItem={(v) => (
            <List.Item onClick={() => setOpen(v.id)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={
                  <a onClick={(e) => (e.preventDefault(), setOpen(v.id))} href={`#visit-${v.id}`}>
                    {v.objectName} · {v.score}
                  </a>
                }
                description={
                  <>
                    <div>{`${v.memberName} · ${formatDateTime(v.visitedAt)}`}</div>
                    <Evidence evidence={v.evidence} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<EvalVisitListed>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={rows}
          locale={{ emptyText: empty }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: L('objectName'),
              render: (_, v) => (
                <a onClick={(e) => (e.preventDefault(), setOpen(v.id))} href={`#visit-${v.id}`}>
                  {v.objectName}
                </a>
              ),
            },
            { title: L('member'), dataIndex: 'memberName', width: 100 },
            { title: L('visitedAt'), render: (_, v) => formatDateTime(v.visitedAt), width: 170 },
            { title: L('score'), dataIndex: 'score', width: 70, align: 'right' },
            { title: L('photos'), dataIndex: 'photos', width: 60, align: 'right' },
            { title: L('evidence'), render: (_, v) => <Evidence evidence={v.evidence} />, width: 260 },
          ]}
        />
      )}
      <VisitDrawer campaign={campaign} visitId={open} mayRecord={mayRecord} onClose={() => setOpen(null)} />
    </div>
  );
}

function VisitDrawer(props: { campaign: EvalCampaign; visitId: number | null; mayRecord: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [promoting, setPromoting] = useState(false);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/supervision/visits/{id}', props.visitId ? { path: { id: props.visitId } } : null);
  const v = q.data;
  const criterion = (criterionId: number) => props.campaign.criteria.find((c) => c.id === criterionId);
  const L = (k: string, vars?: Record<string, number>) => t(`supervisionCampaigns.${k}`, vars);
  return (
    <Drawer
      open={props.visitId !== null}
      onClose={props.onClose}
      width={mobile ? '100%' : 560}
      title={v ? `${v.objectName} · ${v.memberName}` : L('visit')}
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {v && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="visit-drawer">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={L('visitedAt')}>{formatDateTime(v.visitedAt)}</Descriptions.Item>
            <Descriptions.Item label={L('score')}>{v.score}</Descriptions.Item>
            <Descriptions.Item label={L('evidence')}>
              <Evidence evidence={v.evidence} />
            </Descriptions.Item>
            {v.scores.map((s) => {
              const c = criterion(s.criterionId);
              return (
                <Descriptions.Item key={s.criterionId} label={c?.name ?? String(s.criterionId)}>
                  {c ? `${s.score} / ${c.maxScore}` : s.score}
                </Descriptions.Item>
              );
            })}
            <Descriptions.Item label={L('interviewee')}>{v.interviewee}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>{L('interview')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.interviewNotes}</Typography.Paragraph>
          </div>
          <div>
            <Space style={{ width: '100%', justifyContent: 'space-between' }} align="baseline">
              <Typography.Title level={5}>{L('comment')}</Typography.Title>
              {props.mayRecord && v.comment.trim() && (
                <Button size="small" onClick={() => setPromoting(true)} data-testid="visit-promote">
                  {t('prob.promote')}
                </Button>
              )}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.comment}</Typography.Paragraph>
          </div>
          {v.photos.length > 0 && (
            <div>
              <Typography.Title level={5}>{L('photos')}</Typography.Title>
              <Image.PreviewGroup>
                <Space wrap align="start">
                  {v.photos.map((p, i) => (
                    <div key={p.fileId} style={{ width: 150 }}>
                      <Image
                        src={`/api/files/${p.fileId}?inline=1`}
                        width={150}
                        height={112}
                        style={{ objectFit: 'cover' }}
                        alt={`${L('photos')} ${i + 1}`}
                      />
                      <Typography.Text style={{ display: 'block', fontSize: 12 }}>
                        {p.takenAt ? formatWallClock(p.takenAt) : L('noTime')}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {p.distanceMetres !== null
                          ? L('distance', { m: Math.round(p.distanceMetres) })
                          : L('noPosition')}
                      </Typography.Text>
                    </div>
                  ))}
                </Space>
              </Image.PreviewGroup>
            </div>
          )}
        </Space>
      )}
      {promoting && v && (
        <RecordModal
          campaignId={props.campaign.id}
          fromVisit={{ objectId: v.objectId, visitId: v.id }}
          onClose={(saved) => {
            setPromoting(false);
            if (saved) void message.success(t('prob.promoted'));
          }}
        />
      )}
    </Drawer>
  );
}
