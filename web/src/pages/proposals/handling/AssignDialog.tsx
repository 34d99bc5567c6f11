// 交办: the office sends an accepted proposal to one lead unit (主办) with optional
// co-handling units (会办), or splits it between several units (分办) that each answer
// their own part. The units the proposer suggested come first in every picker.
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { collator, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import type { ProposalDetail } from '../../../api/models';
import { step } from '../api';
import type { ActionContext } from '../DetailActions';
import '../../../i18n/areas/proposalsHandling';

interface Values {
  mode: 'lead' | 'split';
  leadUnitId?: number;
  coUnitIds?: number[];
  parts?: { unitId: number; partNote?: string }[];
  note?: string;
}

export function toAssignBody(v: Values) {
  const units =
    v.mode === 'split'
      ? (v.parts ?? []).map((x) => ({
          unitId: x.unitId,
          role: 'split' as const,
          partNote: x.partNote?.trim() || undefined,
        }))
      : [
          { unitId: v.leadUnitId!, role: 'lead' as const },
          ...(v.coUnitIds ?? []).map((unitId) => ({ unitId, role: 'co' as const })),
        ];
  return { units, note: v.note?.trim() || undefined };
}

export function AssignButton(ctx: ActionContext) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type="primary"
        icon={<SendOutlined />}
        block={ctx.block}
        onClick={() => setOpen(true)}
        data-testid="action-assign"
      >
        {t('proposalsHandling.assign')}
      </Button>
      <AssignDialog
        p={ctx.p}
        open={open}
        onClose={() => setOpen(false)}
        onAssigned={(next) => {
          setOpen(false);
          ctx.changed(next);
          message.success(t('proposalsHandling.assigned'));
        }}
      />
    </>
  );
}

export function AssignDialog({
  p,
  open,
  onClose,
  onAssigned,
}: {
  p: Pick<ProposalDetail, 'id' | 'title' | 'suggestedUnits'>;
  open: boolean;
  onClose(): void;
  onAssigned(next: ProposalDetail): void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const { data: refData } = useRefData(open ? me?.currentOrg.id : undefined);
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'lead';
  const leadUnitId = Form.useWatch('leadUnitId', form);

  const options = useMemo(() => {
    const suggested = new Set(p.suggestedUnits.map((u) => u.id));
    return (refData?.units ?? [])
      .filter((u) => u.active)
      .sort(
        (a, b) =>
          Number(suggested.has(b.id)) - Number(suggested.has(a.id)) ||
          a.sortOrder - b.sortOrder ||
          collator.compare(a.name, b.name),
      )
      .map((u) => ({
        value: u.id,
        label: suggested.has(u.id) ? `${u.name}（${t('proposalsHandling.suggested')}）` : u.name,
      }));
  }, [refData, p.suggestedUnits, t]);
  const unitSelect = (extra: object = {}) => (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      loading={!refData}
      placeholder={t('proposalsHandling.pickUnit')}
      {...extra}
    />
  );

  return (
    <FormModal<Values>
      open={open}
      form={form}
      width={640}
      title={t('proposalsHandling.assignTitle')}
      okText={t('proposalsHandling.assignOk')}
      initialValues={{
        mode: 'lead',
        leadUnitId: p.suggestedUnits[0]?.id,
        coUnitIds: [],
        parts: [{ unitId: undefined as unknown as number }, { unitId: undefined as unknown as number }],
      }}
      onCancel={onClose}
      onSubmit={async (v) => onAssigned(await step(p.id, 'assign', toAssignBody(v)))}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {p.title}
      </Typography.Paragraph>
      <Form.Item name="mode" label={t('proposalsHandling.assignMode')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'lead', label: t('proposalsHandling.modeLead') },
            { value: 'split', label: t('proposalsHandling.modeSplit') },
          ]}
        />
      </Form.Item>
      {mode === 'lead' ? (
        <>
          <Form.Item
            name="leadUnitId"
            label={t('proposalsHandling.leadUnit')}
            rules={[{ required: true, message: t('proposalsHandling.leadRequired') }]}
          >
            {unitSelect({ 'data-testid': 'assign-lead' })}
          </Form.Item>
          <Form.Item name="coUnitIds" label={t('proposalsHandling.coUnits')} extra={t('proposalsHandling.coUnitsHint')}>
            {unitSelect({
              mode: 'multiple',
              options: options.filter((o) => o.value !== leadUnitId),
              'data-testid': 'assign-co',
            })}
          </Form.Item>
        </>
      ) : (
        <Form.List
          name="parts"
          rules={[
            {
              validator: async (_, v?: unknown[]) => {
                if (!v || v.length < 2) throw new Error(t('proposalsHandling.splitMin'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    name={[f.name, 'unitId']}
                    style={{ width: 220, marginBottom: 12 }}
                    rules={[{ required: true, message: t('proposalsHandling.pickUnit') }]}
                  >
                    {unitSelect()}
                  </Form.Item>
                  <Form.Item name={[f.name, 'partNote']} style={{ flex: 1, marginBottom: 12 }}>
                    <Input maxLength={500} placeholder={t('proposalsHandling.partNote')} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('common.delete')}
                  />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 12 }}>
                {t('proposalsHandling.addPart')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      )}
      <Form.Item name="note" label={t('proposalsHandling.assignNote')} extra={t('proposalsHandling.assignNoteHint')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
