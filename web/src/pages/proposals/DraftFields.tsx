// The fields of a proposal draft: kind and co-proposers, the three texts of the standard
// form (案由, 理由, 办法与建议), classification from the organisation's settings, public or
// not, suggested handling units and attachments. Length rules apply only when submitting.
import { Form, Input, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ReactNode, RefObject } from 'react';
import { formatDate, useI18n } from '../../i18n';
import type { HandlingUnit } from '../admin/types';
import type { FileSummary, ProposalSettings, Proposer } from './api';
import { AttachmentsField } from './AttachmentsField';
import { CoProposerPicker, type PickedMember } from './CoProposerPicker';

export interface DraftFormValues {
  kind: 'individual' | 'joint';
  coProposerIds: PickedMember[];
  title: string;
  reasons: string;
  suggestions: string;
  category?: string;
  themes: string[];
  isPublic: boolean;
  suggestedUnitIds: number[];
  attachmentIds: FileSummary[];
}

const LIMITS = { title: 5, reasons: 20, suggestions: 20 } as const;

export function DraftFields({ settings, units, myMemberId, kindFixed, existing, proposers, strict, afterText }: {
  settings: ProposalSettings | null;
  units: HandlingUnit[];
  myMemberId: number | null;
  kindFixed: boolean;
  existing: FileSummary[];
  proposers: Proposer[];
  /** True while submitting: the length and completeness rules then apply. */
  strict: RefObject<boolean>;
  /** Shown right after the texts (the similar-proposals panel on a phone). */
  afterText?: ReactNode;
}) {
  const { t } = useI18n();
  const kind = Form.useWatch('kind');
  const atLeast = (field: keyof typeof LIMITS) => ({
    validator: async (_: unknown, v?: string) => {
      if (strict.current && [...(v ?? '').trim()].length < LIMITS[field]) throw new Error(t(`proposals.min.${field}`, { n: LIMITS[field] }));
    },
  });
  const invited = proposers.filter((p) => p.role === 'co');

  return (
    <>
      <Form.Item name="kind" label={t('proposals.kindLabel')}>
        <Radio.Group disabled={kindFixed} optionType="button" buttonStyle="solid"
          options={[{ value: 'individual', label: t('proposals.kind.individual') }, { value: 'joint', label: t('proposals.kind.joint') }]} />
      </Form.Item>
      {kind === 'joint' && (
        <Form.Item name="coProposerIds" label={t('proposals.coProposers')}
          rules={[{ validator: async (_, v?: PickedMember[]) => { if (strict.current && !v?.length) throw new Error(t('proposals.coProposersRequired')); } }]}
          extra={invited.length > 0 && (
            <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
              {invited.map((p) => (
                <Tag key={p.memberId} color={p.status === 'accepted' ? 'green' : p.status === 'invited' ? 'blue' : 'default'}>
                  {p.name} {t(`proposals.invite.${p.status}`)}{p.status === 'invited' && p.inviteDeadline ? ` · ${t('proposals.answerBy', { date: formatDate(p.inviteDeadline) })}` : ''}
                </Tag>
              ))}
            </Space>
          )}>
          <CoProposerPicker excludeId={myMemberId} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('proposals.title')} rules={[{ required: true, whitespace: true, message: t('proposals.titleRequired') }, atLeast('title')]}
        extra={t('proposals.titleHint')}>
        <Input maxLength={120} showCount placeholder={t('proposals.titlePlaceholder')} data-testid="field-title" />
      </Form.Item>
      <Form.Item name="reasons" label={t('proposals.reasons')} rules={[atLeast('reasons')]}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 16 }} maxLength={20000} placeholder={t('proposals.reasonsPlaceholder')} data-testid="field-reasons" />
      </Form.Item>
      <Form.Item name="suggestions" label={t('proposals.suggestions')} rules={[atLeast('suggestions')]}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 16 }} maxLength={20000} placeholder={t('proposals.suggestionsPlaceholder')} data-testid="field-suggestions" />
      </Form.Item>
      {afterText}
      <Form.Item name="category" label={t('proposals.category')}
        rules={[{ validator: async (_, v?: string) => { if (strict.current && !v) throw new Error(t('proposals.categoryRequired')); } }]}>
        <Select allowClear placeholder={t('proposals.categoryPlaceholder')} options={(settings?.categories ?? []).map((c) => ({ value: c, label: c }))} data-testid="field-category" />
      </Form.Item>
      <Form.Item name="themes" label={t('proposals.themes')} extra={t('proposals.themesHint')}>
        <Select mode="multiple" allowClear maxCount={10} placeholder={t('proposals.themesPlaceholder')} options={(settings?.themes ?? []).map((c) => ({ value: c, label: c }))} />
      </Form.Item>
      <Form.Item name="suggestedUnitIds" label={t('proposals.suggestedUnits')}>
        <Select mode="multiple" allowClear maxCount={10} placeholder={t('proposals.suggestedUnitsPlaceholder')} showSearch={{ optionFilterProp: 'label' }}
          options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="isPublic" label={t('proposals.isPublic')} valuePropName="checked" extra={t('proposals.isPublicHint')}>
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      <Form.Item name="attachmentIds" label={t('proposals.attachments')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('proposals.attachmentsHint')}</Typography.Text>}>
        <AttachmentsField existing={existing} />
      </Form.Item>
    </>
  );
}
