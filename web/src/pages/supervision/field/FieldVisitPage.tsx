// One field visit on the phone: photos, whom was interviewed and what was said, a score per
// criterion (its guide and weight shown), a comment. Saving writes it to the phone's outbox at
// once — a draft, or queued to be sent when online — so nothing depends on the network here.
// Opened again from the list it continues the unsent visit of that object.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Form, Input, InputNumber, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useSession } from '../../../auth';
import { formatDateTime, useI18n } from '../../../i18n';
import { EDITABLE, newId, OutboxConflict, type OutboxPhoto, type OutboxVisit } from '../../../offline/outbox';
import { useMyAssignments, type Criterion } from './fieldApi';
import { PhotoPicker } from './PhotoPicker';
import { useOutbox } from './useOutbox';

interface Values {
  interviewee: string;
  interviewNotes: string;
  comment: string;
  scores: Record<string, number | null>;
}

export function FieldVisitPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { me } = useSession();
  const campaignId = Number(useParams().campaignId);
  const objectId = Number(useParams().objectId);
  const [search] = useSearchParams();
  const view = useOutbox();
  const assignments = useMyAssignments();
  const [form] = Form.useForm<Values>();
  const [visit, setVisit] = useState<Pick<OutboxVisit, 'clientId' | 'visitedAt'> & Partial<OutboxVisit>>();
  const [photos, setPhotos] = useState<OutboxPhoto[]>([]);
  const [saving, setSaving] = useState(false);

  const assignment = assignments.data?.items.find((a) => a.campaign.id === campaignId);
  const object = assignment?.objects.find((o) => o.objectId === objectId);
  const userId = me?.user.id;

  // The visit this page edits: the one named in the address, else this object's unsent one, else a new one.
  const { outbox } = view;
  useEffect(() => {
    if (!outbox || userId === undefined || visit) return;
    void outbox.list(userId).then((mine) => {
      const named = search.get('visit');
      const found = named
        ? mine.find((v) => v.clientId === named)
        : mine.find((v) => v.campaignId === campaignId && v.objectId === objectId && EDITABLE.includes(v.state));
      if (found) {
        setVisit(found);
        setPhotos(found.photos);
        form.setFieldsValue({
          interviewee: found.interviewee,
          interviewNotes: found.interviewNotes,
          comment: found.comment,
          scores: Object.fromEntries(found.scores.map((s) => [String(s.criterionId), s.score])),
        });
      } else setVisit({ clientId: newId(), visitedAt: new Date().toISOString() });
    });
  }, [outbox, userId, visit, search, campaignId, objectId, form]);

  if (!visit || assignments.isPending) return <Spin />;
  const campaign = assignment?.campaign;
  if (!campaign || !object) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('supervisionField.notAssigned')}
        action={<Link to="/supervision/field">{t('supervisionField.back')}</Link>}
      />
    );
  }
  const locked = visit.state !== undefined && !EDITABLE.includes(visit.state);

  const save = async (state: 'draft' | 'queued') => {
    if (!outbox || userId === undefined) return;
    let values: Values;
    try {
      // A draft may be incomplete; what is queued must be whole (the server would refuse it).
      values = state === 'queued' ? await form.validateFields() : form.getFieldsValue(true);
    } catch {
      return;
    }
    const scores = campaign.criteria
      .map((c) => ({ criterionId: c.id, score: values.scores?.[String(c.id)] }))
      .filter((s): s is { criterionId: number; score: number } => typeof s.score === 'number');
    setSaving(true);
    try {
      await outbox.save(
        {
          clientId: visit.clientId,
          userId,
          campaignId,
          campaignTitle: campaign.title,
          objectId,
          objectName: object.name,
          visitedAt: visit.visitedAt,
          interviewee: values.interviewee?.trim() ?? '',
          interviewNotes: values.interviewNotes?.trim() ?? '',
          scores,
          comment: values.comment?.trim() ?? '',
          photos,
        },
        state,
      );
      if (state === 'queued') {
        message.success(t('supervisionField.queued'));
        view.syncNow();
      } else message.success(t('supervisionField.savedDraft'));
      navigate('/supervision/field');
    } catch (err) {
      if (err instanceof OutboxConflict) message.error(t('supervisionField.locked'));
      else throw err;
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Link to="/supervision/field">
        <ArrowLeftOutlined /> {t('supervisionField.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {object.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {campaign.title} · {object.district} · {object.address}
        <br />
        {t('supervisionField.startedAt', { time: formatDateTime(visit.visitedAt) })}
      </Typography.Paragraph>
      {object.visited && !visit.state && (
        <Alert type="info" showIcon title={t('supervisionField.alreadyVisited')} style={{ marginBottom: 12 }} />
      )}
      {visit.error && (
        <Alert
          type="error"
          showIcon
          title={t('supervisionField.serverSaid', { message: visit.error.message })}
          style={{ marginBottom: 12 }}
          data-testid="visit-error"
        />
      )}
      {locked && <Alert type="info" showIcon title={t('supervisionField.locked')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" disabled={locked || saving} requiredMark={false}>
        <Card size="small" title={t('supervisionField.photos')} style={{ marginBottom: 12 }}>
          <PhotoPicker photos={photos} onChange={setPhotos} disabled={locked} />
        </Card>
        <Form.Item
          name="interviewee"
          label={t('supervisionField.interviewee')}
          extra={t('supervisionField.intervieweeHint')}
          rules={[{ required: true, whitespace: true, message: t('supervisionField.required') }]}
        >
          <Input maxLength={100} data-testid="interviewee" />
        </Form.Item>
        <Form.Item name="interviewNotes" label={t('supervisionField.interviewNotes')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} data-testid="interview-notes" />
        </Form.Item>
        <Typography.Title level={5}>{t('supervisionField.scores')}</Typography.Title>
        {campaign.criteria.map((c) => (
          <ScoreItem key={c.id} criterion={c} />
        ))}
        <Form.Item name="comment" label={t('supervisionField.comment')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} data-testid="visit-comment" />
        </Form.Item>
        {!locked && (
          <Space style={{ width: '100%' }} orientation="vertical">
            <Button type="primary" block loading={saving} onClick={() => void save('queued')} data-testid="save-send">
              {t('supervisionField.saveAndSend')}
            </Button>
            <Button block disabled={saving} onClick={() => void save('draft')} data-testid="save-draft">
              {t('supervisionField.saveDraft')}
            </Button>
          </Space>
        )}
      </Form>
    </div>
  );
}

function ScoreItem({ criterion: c }: { criterion: Criterion }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={['scores', String(c.id)]}
      label={
        <Space wrap size={4}>
          {c.name}
          <Tag>{t('supervisionField.weight', { weight: c.weight })}</Tag>
          <Tag>{t('supervisionField.maxScore', { max: c.maxScore })}</Tag>
        </Space>
      }
      extra={c.guide}
      rules={[{ required: true, message: t('supervisionField.scoreMissing') }]}
    >
      <InputNumber
        min={0}
        max={c.maxScore}
        step={1}
        inputMode="decimal"
        style={{ width: '100%' }}
        data-testid={`score-${c.id}`}
      />
    </Form.Item>
  );
}
