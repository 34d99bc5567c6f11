// 提案设置 for the office: the organisation's categories and themes, the labels of the reply
// result classes, the reasons for not accepting, the deadlines, and the working-day
// calendar (extra days off and make-up working days) the deadlines are counted on, and the
// reply rules (contact the proposer first; the lead unit waits for co units' opinions).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import type { BodyOf } from '../../api/paths';
import { useSession } from '../../auth';
import { applyApiError } from '../../components/FormModal';
import { useFillOnce } from '../../components/useFillOnce';
import { useI18n } from '../../i18n';
import { fromDay, toDay } from '../admin/refdata/shared';
import type { ProposalSettings } from '../../api/models';
import { RESULT_CLASSES } from './api';
import { REFERENCE, useApiQuery } from '../../api/query';
import '../../i18n/areas/unitWork';
import '../../i18n/areas/proposals';

type FormValues = Omit<ProposalSettings, 'holidays' | 'rejectReasons'> & {
  rejectReasons: { text: string }[];
  off: Dayjs[];
  work: Dayjs[];
};

const NUMBERS = [
  ['signDays', 1, 30],
  ['replyMonths', 1, 12],
  ['rehandleLimit', 0, 3],
  ['inviteDays', 1, 60],
  ['sessionLeadDays', 0, 120],
] as const;

const toForm = (s: ProposalSettings): FormValues => ({
  ...s,
  rejectReasons: s.rejectReasons.map((text) => ({ text })),
  off: s.holidays.off.map((d) => toDay(d)!),
  work: s.holidays.work.map((d) => toDay(d)!),
});
const days = (list: Dayjs[] | undefined) => [...new Set((list ?? []).map((d) => fromDay(d)!))].sort();

export function SettingsPage() {
  const { me } = useSession();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const query = useApiQuery('/api/proposals/settings', me ? {} : null, REFERENCE);
  const loaded = !!query.data;
  const [saveError, setError] = useState<string | null>(null);
  const error = saveError ?? query.error?.message ?? null;
  const [busy, setBusy] = useState(false);
  useFillOnce(query.data, 'settings', (s) => form.setFieldsValue(toForm(s)));

  const save = async () => {
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body: BodyOf<'/api/proposals/settings', 'put'> = {
        categories: v.categories.map((x) => x.trim()).filter(Boolean),
        themes: v.themes.map((x) => x.trim()).filter(Boolean),
        resultLabels: v.resultLabels,
        rejectReasons: v.rejectReasons.map((r) => r.text.trim()).filter(Boolean),
        signDays: v.signDays,
        replyMonths: v.replyMonths,
        rehandleLimit: v.rehandleLimit,
        inviteDays: v.inviteDays,
        sessionLeadDays: v.sessionLeadDays,
        holidays: { off: days(v.off), work: days(v.work) },
        contactBeforeReply: v.contactBeforeReply,
        coOpinionsBeforeReply: v.coOpinionsBeforeReply,
      };
      const saved = await api.put('/api/proposals/settings', { body });
      form.setFieldsValue(toForm(saved));
      message.success(t('common.saved'));
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  if (!loaded && !error)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  return (
    <Card
      title={t('proposals.settingsTitle')}
      style={{ maxWidth: 1000 }}
      extra={
        <Button type="primary" onClick={save} loading={busy} data-testid="save-settings">
          {t('common.save')}
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<FormValues> form={form} layout="vertical">
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              name="categories"
              label={t('proposals.settings.categories')}
              extra={t('proposals.settings.tagsHint')}
              rules={[{ required: true, type: 'array', min: 1, message: t('proposals.settings.categoriesRequired') }]}
            >
              <Select
                mode="tags"
                open={false}
                suffixIcon={null}
                tokenSeparators={[',', '，', '、']}
                data-testid="settings-categories"
              />
            </Form.Item>
            <Form.Item name="themes" label={t('proposals.settings.themes')} extra={t('proposals.settings.tagsHint')}>
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
            </Form.Item>
            <Card size="small" title={t('proposals.settings.resultLabels')} style={{ marginBottom: 24 }}>
              {RESULT_CLASSES.map((c) => (
                <Form.Item
                  key={c}
                  name={['resultLabels', c]}
                  label={t('proposals.settings.resultClass', { c })}
                  rules={[{ required: true, whitespace: true, message: t('proposals.settings.labelRequired') }]}
                  style={{ marginBottom: 12 }}
                >
                  <Input maxLength={20} />
                </Form.Item>
              ))}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('proposals.settings.rejectReasons')} style={{ marginBottom: 24 }}>
              <Form.List name="rejectReasons">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((f) => (
                      <Space key={f.key} align="start" style={{ display: 'flex' }}>
                        <Form.Item
                          name={[f.name, 'text']}
                          rules={[
                            { required: true, whitespace: true, message: t('proposals.settings.reasonRequired') },
                          ]}
                          style={{ marginBottom: 8, width: 380, maxWidth: '70vw' }}
                        >
                          <Input maxLength={40} aria-label={t('proposals.settings.rejectReasons')} />
                        </Form.Item>
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          disabled={fields.length <= 1}
                          aria-label={t('common.delete')}
                        />
                      </Space>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ text: '' })}
                      disabled={fields.length >= 30}
                    >
                      {t('proposals.settings.addReason')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
            <Card size="small" title={t('proposals.settings.deadlines')} style={{ marginBottom: 24 }}>
              <Row gutter={12}>
                {NUMBERS.map(([name, min, max]) => (
                  <Col span={12} key={name}>
                    <Form.Item
                      name={name}
                      label={t(`proposals.settings.${name}`)}
                      rules={[{ required: true, message: t('common.required') }]}
                      style={{ marginBottom: 12 }}
                    >
                      <InputNumber
                        min={min}
                        max={max}
                        precision={0}
                        style={{ width: '100%' }}
                        suffix={t(`proposals.settings.${name}Unit`)}
                      />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
            <Card size="small" title={t('unitWork.settings.replyRules')} style={{ marginBottom: 24 }}>
              {(['contactBeforeReply', 'coOpinionsBeforeReply'] as const).map((name) => (
                <Form.Item
                  key={name}
                  name={name}
                  valuePropName="checked"
                  label={t(`unitWork.settings.${name}`)}
                  extra={t(`unitWork.settings.${name}Hint`)}
                  style={{ marginBottom: 12 }}
                >
                  <Switch data-testid={`setting-${name}`} />
                </Form.Item>
              ))}
            </Card>
            <Card size="small" title={t('proposals.settings.holidays')}>
              <Form.Item name="off" label={t('proposals.settings.off')} extra={t('proposals.settings.offHint')}>
                <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="work"
                label={t('proposals.settings.work')}
                extra={t('proposals.settings.workHint')}
                style={{ marginBottom: 0 }}
              >
                <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
