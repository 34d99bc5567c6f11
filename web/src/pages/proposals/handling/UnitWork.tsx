// A handling unit's side of the work (issue 11): what its formal reply waits for and from
// whom, the proposers' phone numbers (masked; revealed on request, audited), and the office's
// button to replace a co unit that does not sign.
import { PhoneOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Form, Input, List, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { HandlingView, ProposalDetail } from '../../../api/models';
import { useSession } from '../../../auth';
import { collator, formatDate, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import { step } from '../api';
import { DialogButton } from './ItemDialogs';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/unitWork';

type CoUnit = NonNullable<HandlingView['replyWaits']>['coOpinions']['units'][number];
type Revealed = Awaited<ReturnType<typeof revealPhones>>['proposers'][number];

/** The proposers' full numbers: a POST because each reveal is audited, but it changes nothing the pages show. */
const revealPhones = (id: number) => api.postQuery('/api/proposals/{id}/proposer-phones', { path: { id } });

function coStatus(t: ReturnType<typeof useI18n>['t'], u: CoUnit): string {
  if (u.status === 'signed') return t('unitWork.coSigned');
  return t(u.signOverdue ? 'unitWork.coPendingSignOverdue' : 'unitWork.coPendingSign', {
    date: formatDate(u.signDeadline),
  });
}

/** What the viewing lead or split unit's formal reply waits for, and from whom; nothing when nothing is awaited. */
export function ReplyWaitsNotice({ view }: { view: HandlingView }) {
  const { t } = useI18n();
  const w = view.replyWaits;
  if (!w) return null;
  const required: string[] = [];
  if (w.contact.required && !w.contact.recorded) required.push(t('unitWork.waitsContact'));
  if (w.coOpinions.required)
    for (const u of w.coOpinions.units)
      required.push(t('unitWork.waitsCoRequired', { unit: u.unitName, status: coStatus(t, u) }));
  const info = w.coOpinions.required
    ? []
    : w.coOpinions.units.map((u) => t('unitWork.waitsCoInfo', { unit: u.unitName, status: coStatus(t, u) }));
  if (!required.length && !info.length) return null;
  const lines = (items: string[]) => (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 12 }}>
      {required.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('unitWork.waitsRequiredTitle')}
          description={lines(required)}
          data-testid="reply-waits"
        />
      )}
      {info.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('unitWork.waitsInfoTitle')}
          description={lines(info)}
          data-testid="co-units-info"
        />
      )}
    </Space>
  );
}

/** The proposers' masked numbers for an assigned unit, with the audited reveal while its assignment is open. */
export function ProposerContacts({ view, p }: { view: HandlingView; p: ProposalDetail }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [shown, setShown] = useState<Revealed[] | null>(null);
  const [busy, setBusy] = useState(false);
  if (!view.proposerContacts.length) return null;
  const reveal = async () => {
    setBusy(true);
    try {
      setShown((await revealPhones(p.id)).proposers);
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section data-testid="proposer-contacts">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('unitWork.contactsTitle')}
        </Typography.Title>
        {p.allowedActions.includes('revealPhones') && (
          <Button size="small" icon={<PhoneOutlined />} loading={busy} onClick={reveal} data-testid="reveal-phones">
            {t('unitWork.revealPhones')}
          </Button>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('unitWork.contactsHint')}
      </Typography.Text>
      <List
        size="small"
        dataSource={view.proposerContacts}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Space size={8}>
              <Typography.Text strong>{c.name}</Typography.Text>
              <Typography.Text type="secondary">{t(`unitWork.role.${c.role}`)}</Typography.Text>
              <span>{c.phoneMasked ?? t('unitWork.noPhone')}</span>
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={!!shown}
        title={t('unitWork.revealTitle')}
        onCancel={() => setShown(null)}
        footer={<Button onClick={() => setShown(null)}>{t('common.close')}</Button>}
      >
        <List
          size="small"
          dataSource={shown ?? []}
          renderItem={(c) => (
            <List.Item style={{ paddingInline: 0 }} data-testid="revealed-phone">
              <Space size={8}>
                <Typography.Text strong>{c.name}</Typography.Text>
                <Typography.Text copyable={!!c.phone}>{c.phone ?? t('unitWork.noPhone')}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('unitWork.revealAudited')}
        </Typography.Text>
      </Modal>
    </section>
  );
}

/** The office puts another unit in a co unit's place (one that did not sign, or does not work on it). */
export function ReplaceCoUnitButton({
  view,
  assignment,
  onDone,
}: {
  view: HandlingView;
  assignment: HandlingView['assignments'][number];
  onDone(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = AntApp.useApp();
  const { data: refData } = useRefData(me?.currentOrg.id);
  const taken = new Set(
    view.assignments.filter((a) => ['pending_sign', 'signed', 'replied'].includes(a.status)).map((a) => a.unitId),
  );
  const options = (refData?.units ?? [])
    .filter((u) => u.active && !taken.has(u.id))
    .sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <DialogButton<{ unitId: number; reason: string }>
      label={t('unitWork.replace')}
      title={t('unitWork.replaceTitle', { unit: assignment.unitName })}
      testId="replace-co-unit"
      type="default"
      onSubmit={async (v) => {
        onDone(await step(view.proposalId, 'replace-co-unit', { assignmentId: assignment.id, ...v }));
        message.success(t('unitWork.replaced'));
      }}
    >
      <Typography.Paragraph type="secondary">{t('unitWork.replaceHint')}</Typography.Paragraph>
      <Form.Item
        name="unitId"
        label={t('unitWork.replaceUnit')}
        rules={[{ required: true, message: t('unitWork.replaceUnitRequired') }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} data-testid="field-replace-unit" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('unitWork.replaceReason')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="field-replace-reason" />
      </Form.Item>
    </DialogButton>
  );
}
