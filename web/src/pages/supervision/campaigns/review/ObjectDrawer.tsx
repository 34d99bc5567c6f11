// One object of the review: its figures and criterion means, the office's official review
// (written and saved here), its photos (click to enlarge; ticked ones go into the album, four at
// most), and each visit's scores, interview and comment.
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Grid, Image, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/query';
import { formatDateTime, useI18n } from '../../../../i18n';
import type { EvalCampaign } from '../campaignsApi';
import { VisitCard } from './VisitCard';
import { ALBUM_PHOTO_LIMIT, points, type ObjectReview } from './reviewApi';

export function ObjectDrawer(props: {
  campaign: EvalCampaign;
  objectId: number | null;
  mayWrite: boolean;
  mayChoose: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const mobile = !Grid.useBreakpoint().md;
  const where = props.objectId ? { path: { id: props.campaign.id, objectId: props.objectId } } : null;
  const q = useApiQuery('/api/supervision/campaigns/{id}/objects/{objectId}/review', where);
  const visits = useApiQuery(
    '/api/supervision/campaigns/{id}/visits',
    props.objectId ? { path: { id: props.campaign.id }, query: { objectId: props.objectId } } : null,
  );
  const o = q.data;
  return (
    <Drawer
      open={props.objectId !== null}
      onClose={props.onClose}
      width={mobile ? '100%' : 720}
      title={o ? o.name : L('object')}
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {o && o.objectId === props.objectId && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="object-drawer">
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={L('score')}>{points(o.score)}</Descriptions.Item>
            <Descriptions.Item label={L('spread')}>{points(o.spread)}</Descriptions.Item>
            <Descriptions.Item label={L('district')}>{o.district ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={L('category')}>{o.category ?? '—'}</Descriptions.Item>
            {o.criteria.map((c) => (
              <Descriptions.Item key={c.criterionId} label={`${c.name}（${c.weight}）`}>
                {points(c.mean)}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <ReviewText key={o.objectId} object={o} campaignId={props.campaign.id} mayWrite={props.mayWrite} />
          <AlbumPhotos key={`p${o.objectId}`} object={o} campaignId={props.campaign.id} mayChoose={props.mayChoose} />
          <div>
            <Typography.Title level={5}>{L('drawerVisits', { n: visits.data?.length ?? 0 })}</Typography.Title>
            {visits.data?.length === 0 && <Typography.Text type="secondary">{L('noVisits')}</Typography.Text>}
            <Space direction="vertical" style={{ width: '100%' }}>
              {visits.data?.map((v) => (
                <VisitCard key={v.id} visitId={v.id} campaign={props.campaign} />
              ))}
            </Space>
          </div>
        </Space>
      )}
    </Drawer>
  );
}

function ReviewText(props: { object: ObjectReview; campaignId: number; mayWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const saved = props.object.review;
  const [text, setText] = useState(saved?.text ?? '');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await api.put('/api/supervision/campaigns/{id}/objects/{objectId}/review', {
        path: { id: props.campaignId, objectId: props.object.objectId },
        body: { text },
      });
      message.success(L('reviewSaved'));
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Typography.Title level={5}>{L('officialReview')}</Typography.Title>
      {props.mayWrite ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={4000}
            showCount
            placeholder={L('reviewPlaceholder')}
            aria-label={L('officialReview')}
            data-testid="review-text"
          />
          <Space wrap>
            <Button
              type="primary"
              onClick={save}
              loading={busy}
              disabled={!text.trim() || text === saved?.text}
              data-testid="review-save"
            >
              {L('reviewSave')}
            </Button>
            {saved && (
              <Typography.Text type="secondary">
                {L('reviewUpdatedAt', { at: formatDateTime(saved.updatedAt) })}
              </Typography.Text>
            )}
          </Space>
        </Space>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} type={saved ? undefined : 'secondary'}>
          {saved?.text ?? L('reviewReadOnly')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function AlbumPhotos(props: { object: ObjectReview; campaignId: number; mayChoose: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const photos = props.object.photos;
  const [chosen, setChosen] = useState(() => photos.filter((p) => p.inAlbum).map((p) => p.fileId));
  useEffect(() => setChosen(photos.filter((p) => p.inAlbum).map((p) => p.fileId)), [photos]);
  const toggle = async (fileId: string, on: boolean) => {
    const next = on ? [...chosen, fileId] : chosen.filter((f) => f !== fileId);
    if (next.length > ALBUM_PHOTO_LIMIT) {
      message.warning(L('albumPhotosLimit', { max: ALBUM_PHOTO_LIMIT }));
      return;
    }
    const before = chosen;
    setChosen(next);
    try {
      await api.put('/api/supervision/campaigns/{id}/objects/{objectId}/album-photos', {
        path: { id: props.campaignId, objectId: props.object.objectId },
        body: { fileIds: next },
      });
      message.success(L('albumPhotosSaved', { n: next.length }));
    } catch (err) {
      setChosen(before);
      message.error((err as Error).message);
    }
  };
  return (
    <div>
      <Typography.Title level={5}>
        {props.mayChoose ? L('albumPhotos', { max: ALBUM_PHOTO_LIMIT }) : L('albumPhotosRead')}
      </Typography.Title>
      {photos.length === 0 && <Typography.Text type="secondary">{L('noPhotos')}</Typography.Text>}
      <Image.PreviewGroup>
        <Space wrap align="start" data-testid="object-photos">
          {photos.map((p, i) => (
            <div key={p.fileId} style={{ width: 150 }}>
              <Image
                src={`/api/files/${p.fileId}?inline=1`}
                width={150}
                height={112}
                style={{ objectFit: 'cover' }}
                alt={L('photoOf', { member: p.memberName, n: i + 1 })}
              />
              {props.mayChoose ? (
                <Checkbox
                  checked={chosen.includes(p.fileId)}
                  onChange={(e) => void toggle(p.fileId, e.target.checked)}
                  data-testid="album-photo-check"
                >
                  {L('inAlbum')}
                </Checkbox>
              ) : (
                chosen.includes(p.fileId) && <Typography.Text type="success">{L('inAlbum')}</Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {`${p.memberName} · ${p.takenAt ? formatDateTime(p.takenAt) : L('noTime')}`}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {p.distanceMetres !== null ? L('distance', { m: Math.round(p.distanceMetres) }) : L('noPosition')}
              </Typography.Text>
            </div>
          ))}
        </Space>
      </Image.PreviewGroup>
    </div>
  );
}
