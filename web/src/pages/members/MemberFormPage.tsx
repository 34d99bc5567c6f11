// Create or edit a member. On edit only changed fields are sent, with the version read, so
// a concurrent change is reported rather than overwritten; phone and ID number are typed
// anew only when they change (the form never holds the stored values).
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { BodyOf } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { applyApiError } from '../../components/FormModal';
import { useFillOnce } from '../../components/useFillOnce';
import { useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import type { MemberBody } from '../../api/models';
import { PARTY_CODES } from './api';
import '../../i18n/areas/members';

/** The form's fields: the request's, with the birth date as the picker holds it. */
type Values = Omit<MemberBody, 'birthDate'> & { birthDate: Dayjs | null };

const CLASH_FIELD: Record<string, keyof Values> = { DUPLICATE_PHONE: 'phone', DUPLICATE_ID_NUMBER: 'idNumber' };

export function MemberFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const { me } = useSession();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const loaded = useApiQuery('/api/members/{id}', editing ? { path: { id: Number(id) } } : null);
  const member = loaded.data;
  const [saveError, setError] = useState<string | null>(null);
  const error = saveError ?? loaded.error?.message ?? null;
  const [busy, setBusy] = useState(false);
  const { data: ref } = useRefData(member?.orgId ?? me?.currentOrg.id);
  const committeeId = Form.useWatch('committeeId', form);

  // The form takes the member as loaded, and again only when someone else's change (a newer
  // version, reloaded after a refused save) replaces it.
  useFillOnce(member, member && `${member.id}@${member.version}`, (m) =>
    form.setFieldsValue({
      ...m,
      birthDate: m.birthDate ? dayjs(m.birthDate) : null,
      phone: undefined,
      idNumber: undefined,
    }),
  );

  const initial = useMemo(
    () => ({ gender: 'male', ethnicity: '汉族', isNew: false, committeeId: null, groupId: null }),
    [],
  );
  useEffect(() => {
    const current = ref?.terms.find((x) => x.isCurrent);
    if (!editing && current && !form.getFieldValue('termId')) form.setFieldValue('termId', current.id);
  }, [ref, editing, form]);

  if (editing && !member && !error)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );

  const groups = ref?.committees.find((c) => c.id === committeeId)?.groups ?? [];
  // A roster imported with 出生年月 keeps a month alone: it is edited as a month, not given a day.
  const monthOnly = member?.birthDate?.length === 7;
  const submit = async (v: Values) => {
    const body: Record<string, unknown> = {
      ...v,
      birthDate: v.birthDate ? v.birthDate.format(monthOnly ? 'YYYY-MM' : 'YYYY-MM-DD') : null,
    };
    for (const k of ['phone', 'idNumber'] as const) if (!body[k]) delete body[k];
    setBusy(true);
    setError(null);
    try {
      if (member) {
        const changed: Record<string, unknown> = { version: member.version };
        for (const [k, val] of Object.entries(body)) {
          const before = (member as unknown as Record<string, unknown>)[k] ?? null;
          if ((val ?? null) !== before && !(val === '' && before === null)) changed[k] = val === '' ? null : val;
        }
        if (Object.keys(changed).length === 1) {
          navigate(`/members/${member.id}`);
          return;
        }
        // Only the fields that differ from what was read (a diff over the same names).
        await api.patch('/api/members/{id}', {
          path: { id: member.id },
          body: changed as BodyOf<'/api/members/{id}', 'patch'>,
        });
        message.success(t('members.saved'));
        navigate(`/members/${member.id}`);
      } else {
        const created = await api.post('/api/members', { body: body as MemberBody });
        message.success(t('members.saved'));
        navigate(`/members/${created.id}`);
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'STALE_VERSION') {
        setError(t('members.stale'));
      } else if (err instanceof ApiError && CLASH_FIELD[err.code]) {
        form.setFields([{ name: CLASH_FIELD[err.code]!, errors: [err.message] }]);
      } else setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  const half = { xs: 24, md: 12, lg: 8 };
  return (
    <Card title={editing ? `${t('members.editTitle')}：${member?.name ?? ''}` : t('members.createTitle')}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} scrollToFirstError>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="name"
              label={t('members.name')}
              rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="gender" label={t('members.gender')}>
              <Radio.Group
                options={[
                  { value: 'male', label: t('members.male') },
                  { value: 'female', label: t('members.female') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="ethnicity" label={t('members.ethnicity')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="idNumber"
              label={t('members.idNumber')}
              extra={
                member?.idNumberMasked ? `${member.idNumberMasked}（${t('members.idHint')}）` : t('members.idHint')
              }
            >
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="birthDate" label={t('members.birthDate')}>
              <DatePicker
                style={{ width: '100%' }}
                picker={monthOnly ? 'month' : 'date'}
                format={monthOnly ? 'YYYY-MM' : 'YYYY-MM-DD'}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="phone"
              label={t('members.phone')}
              extra={member?.phoneMasked ?? undefined}
              rules={editing ? [] : [{ required: true, whitespace: true, message: t('members.phoneRequired') }]}
            >
              <Input maxLength={30} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="termId" label={t('members.term')} rules={[{ required: true }]}>
              <Select options={(ref?.terms ?? []).map((x) => ({ value: x.id, label: x.name }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="sectorId"
              label={t('members.sector')}
              rules={[{ required: true, message: t('members.sectorRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(ref?.sectors ?? [])
                  .filter((s) => s.active || s.id === member?.sectorId)
                  .map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="party"
              label={t('members.party')}
              rules={[{ required: true, message: t('members.partyRequired') }]}
            >
              <Select options={PARTY_CODES.map((p) => ({ value: p, label: t(`party.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="committeeId" label={t('members.committee')}>
              <Select
                allowClear
                onChange={() => form.setFieldValue('groupId', null)}
                options={(ref?.committees ?? [])
                  .filter((c) => c.active || c.id === member?.committeeId)
                  .map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="groupId" label={t('members.group')}>
              <Select
                allowClear
                disabled={!groups.length}
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="isNew" label={t('members.newOnly')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="workUnit" label={t('members.workUnit')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="jobTitle" label={t('members.jobTitle')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('members.email')} rules={[{ type: 'email' }]}>
              <Input maxLength={100} inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item name="address" label={t('members.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="postalCode"
              label={t('members.postalCode')}
              rules={[{ pattern: /^\d{6}$/, message: t('members.postalCodeInvalid') }]}
            >
              <Input maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')}
          </Button>
          <Link to={member ? `/members/${member.id}` : '/members'}>
            <Button>{t('common.cancel')}</Button>
          </Link>
        </Space>
      </Form>
    </Card>
  );
}
