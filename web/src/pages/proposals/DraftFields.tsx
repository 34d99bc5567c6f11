// The fields of a proposal draft: kind and co-proposers, the three texts of the standard
// form (案由, 理由, 办法与建议), classification from the organisation's settings, public or
// not, suggested handling units and attachments. Length rules apply only when submitting.
// The office also enters proposals handed in on paper: a member's (it names the member) or
// a collective one, in the name of a special committee, a sector, a party or a member group.
import { Form, Input, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ReactNode, RefObject } from 'react';
import { formatDate, useI18n } from '../../i18n';
import type { CollectiveType, FileSummary, ProposalKind, ProposalSettings, Proposer, RefData } from '../../api/models';
import { PARTY_CODES } from '../members/api';
import { AttachmentsField, ExistingAttachments } from './AttachmentsField';
import { CoProposerPicker, type PickedMember } from './CoProposerPicker';
import '../../i18n/areas/proposals';

/** The form's fields (the request's, with pickers' values where the form holds more than an id). */
export interface DraftFormValues {
  kind: ProposalKind;
  /** Entered by the office for a member: whose proposal it is. */
  leadMember?: PickedMember;
  collectiveType?: CollectiveType;
  /** A committee, sector or group id, or a party code. */
  collectiveRef?: number | string;
  coProposerIds: PickedMember[];
  title: string;
  reasons: string;
  suggestions: string;
  category?: string;
  themes: string[];
  isPublic: boolean;
  suggestedUnitIds: number[];
  attachmentIds: FileSummary[];
  /** Files already on the proposal to remove when it is saved. */
  removeAttachmentIds?: string[];
}

const LIMITS = { title: 5, reasons: 20, suggestions: 20 } as const;

export function DraftFields({
  settings,
  refData,
  office,
  myMemberId,
  kindFixed,
  leadEditable,
  existing,
  proposers,
  strict,
  afterText,
}: {
  settings: ProposalSettings | null;
  refData: RefData | undefined;
  /** The proposals office: enters proposals for members and collective ones. */
  office: boolean;
  myMemberId: number | null;
  kindFixed: boolean;
  /** The proposer may be chosen: a new proposal, or a draft the office entered (a wrong name corrected). */
  leadEditable: boolean;
  existing: FileSummary[];
  proposers: Proposer[];
  /** True while submitting: the length and completeness rules then apply. */
  strict: RefObject<boolean>;
  /** Shown right after the texts (the similar-proposals panel on a phone). */
  afterText?: ReactNode;
}) {
  const { t } = useI18n();
  const kind = Form.useWatch('kind');
  const form = Form.useFormInstance<DraftFormValues>();
  const leadMember = Form.useWatch('leadMember') as PickedMember | undefined;
  const removing = Form.useWatch('removeAttachmentIds') as string[] | undefined;
  const units = refData?.units ?? [];
  const kinds = (['individual', 'joint', ...(office || kind === 'collective' ? ['collective'] : [])] as const).map(
    (k) => ({ value: k, label: t(`proposals.kind.${k}`) }),
  );
  const collectiveOptions: Record<CollectiveType, { value: number | string; label: string }[]> = {
    committee: (refData?.committees ?? []).map((c) => ({ value: c.id, label: c.name })),
    sector: (refData?.sectors ?? []).map((c) => ({ value: c.id, label: c.name })),
    party: PARTY_CODES.filter((c) => c !== 'nonparty').map((c) => ({ value: c, label: t(`party.${c}`) })),
    group: (refData?.committees ?? []).flatMap((c) =>
      c.groups.map((g) => ({ value: g.id, label: `${c.name} · ${g.name}` })),
    ),
  };
  const atLeast = (field: keyof typeof LIMITS) => ({
    validator: async (_: unknown, v?: string) => {
      if (strict.current && [...(v ?? '').trim()].length < LIMITS[field])
        throw new Error(t(`proposals.min.${field}`, { n: LIMITS[field] }));
    },
  });
  const invited = proposers.filter((p) => p.role === 'co');

  return (
    <>
      <Form.Item name="kind" label={t('proposals.kindLabel')}>
        <Radio.Group
          disabled={kindFixed}
          optionType="button"
          buttonStyle="solid"
          options={kinds}
          data-testid="field-kind"
        />
      </Form.Item>
      {office && leadEditable && kind !== 'collective' && (
        <Form.Item
          name="leadMember"
          label={t('proposals.leadMember')}
          extra={t('proposals.leadMemberHint')}
          rules={[{ required: !myMemberId, message: t('proposals.leadMemberRequired') }]}
        >
          <CoProposerPicker single excludeId={null} />
        </Form.Item>
      )}
      {kind === 'collective' && (
        <Space.Compact block>
          <Form.Item
            name="collectiveType"
            label={t('proposals.collectiveType')}
            style={{ width: 160 }}
            rules={[{ required: true, message: t('proposals.collectiveRequired') }]}
          >
            <Select
              disabled={kindFixed}
              data-testid="field-collective-type"
              onChange={() => form.setFieldValue('collectiveRef', undefined)}
              options={(['committee', 'sector', 'party', 'group'] as const).map((c) => ({
                value: c,
                label: t(`proposals.collective.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['collectiveType']}>
            {({ getFieldValue }) => {
              const type = getFieldValue('collectiveType') as CollectiveType | undefined;
              return (
                <Form.Item
                  name="collectiveRef"
                  label={t('proposals.collectiveName')}
                  style={{ flex: 1 }}
                  rules={[{ required: true, message: t('proposals.collectiveRequired') }]}
                >
                  <Select
                    disabled={!type || kindFixed}
                    showSearch={{ optionFilterProp: 'label' }}
                    data-testid="field-collective-ref"
                    options={type ? collectiveOptions[type] : []}
                  />
                </Form.Item>
              );
            }}
          </Form.Item>
        </Space.Compact>
      )}
      {kind === 'joint' && (
        <Form.Item
          name="coProposerIds"
          label={t('proposals.coProposers')}
          rules={[
            {
              validator: async (_, v?: PickedMember[]) => {
                if (strict.current && !v?.length) throw new Error(t('proposals.coProposersRequired'));
              },
            },
          ]}
          extra={
            invited.length > 0 && (
              <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
                {invited.map((p) => (
                  <Tag
                    key={p.memberId}
                    color={p.status === 'accepted' ? 'green' : p.status === 'invited' ? 'blue' : 'default'}
                  >
                    {p.name} {t(`proposals.invite.${p.status}`)}
                    {p.status === 'invited' && p.inviteDeadline
                      ? ` · ${t('proposals.answerBy', { date: formatDate(p.inviteDeadline) })}`
                      : ''}
                  </Tag>
                ))}
              </Space>
            )
          }
        >
          <CoProposerPicker excludeId={leadMember?.value ?? myMemberId} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={t('proposals.title')}
        rules={[{ required: true, whitespace: true, message: t('proposals.titleRequired') }, atLeast('title')]}
        extra={t('proposals.titleHint')}
      >
        <Input maxLength={120} showCount placeholder={t('proposals.titlePlaceholder')} data-testid="field-title" />
      </Form.Item>
      <Form.Item name="reasons" label={t('proposals.reasons')} rules={[atLeast('reasons')]}>
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 16 }}
          maxLength={20000}
          placeholder={t('proposals.reasonsPlaceholder')}
          data-testid="field-reasons"
        />
      </Form.Item>
      <Form.Item name="suggestions" label={t('proposals.suggestions')} rules={[atLeast('suggestions')]}>
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 16 }}
          maxLength={20000}
          placeholder={t('proposals.suggestionsPlaceholder')}
          data-testid="field-suggestions"
        />
      </Form.Item>
      {afterText}
      <Form.Item
        name="category"
        label={t('proposals.category')}
        rules={[
          {
            validator: async (_, v?: string) => {
              if (strict.current && !v) throw new Error(t('proposals.categoryRequired'));
            },
          },
        ]}
      >
        <Select
          allowClear
          placeholder={t('proposals.categoryPlaceholder')}
          options={(settings?.categories ?? []).map((c) => ({ value: c, label: c }))}
          data-testid="field-category"
        />
      </Form.Item>
      <Form.Item name="themes" label={t('proposals.themes')} extra={t('proposals.themesHint')}>
        <Select
          mode="multiple"
          allowClear
          maxCount={10}
          placeholder={t('proposals.themesPlaceholder')}
          options={(settings?.themes ?? []).map((c) => ({ value: c, label: c }))}
        />
      </Form.Item>
      <Form.Item name="suggestedUnitIds" label={t('proposals.suggestedUnits')}>
        <Select
          mode="multiple"
          allowClear
          maxCount={10}
          placeholder={t('proposals.suggestedUnitsPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item
        name="isPublic"
        label={t('proposals.isPublic')}
        valuePropName="checked"
        extra={t('proposals.isPublicHint')}
      >
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      <Form.Item
        label={t('proposals.attachments')}
        htmlFor="attachmentIds"
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('proposals.attachmentsHint')}
          </Typography.Text>
        }
      >
        <Form.Item name="removeAttachmentIds" noStyle>
          <ExistingAttachments files={existing} />
        </Form.Item>
        <Form.Item name="attachmentIds" noStyle>
          <AttachmentsField kept={existing.length - (removing?.length ?? 0)} />
        </Form.Item>
      </Form.Item>
    </>
  );
}
