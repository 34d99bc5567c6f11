// "我的信息": a member's own record on his phone, his pending change request, and the form
// to ask for a change of contact details (the office approves it before it takes effect).
import { ClockCircleOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { BodyOf } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { formatDate, useI18n } from '../../i18n';
import type { ContactValues } from '../../api/models';
import { CONTACT_FIELDS } from './api';
import { ChangeLines } from './ChangeLines';
import '../../i18n/areas/members';

export function MyInfoPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  // An account with no member record has nothing to ask for: say so without a request that answers 404.
  const { me } = useSession();
  const { data, error } = useApiQuery('/api/members/me', me?.user.memberId ? {} : null);
  const [editing, setEditing] = useState(false);

  if (me && !me.user.memberId) return <Result status="info" title={t('members.noRecord')} />;
  if (error && !data)
    return (
      <Result
        status={error.status === 404 ? 'info' : 'error'}
        title={error.status === 404 ? t('members.noRecord') : error.message}
      />
    );
  if (!data)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  const m = data.member;
  const current: ContactValues = {
    phone: m.phone,
    email: m.email,
    address: m.address,
    postalCode: m.postalCode,
    workUnit: m.workUnit,
    jobTitle: m.jobTitle,
  };
  const show = (v: string | null | undefined) => v || <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 640 }}>
      <Card>
        <Space align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {m.name}
          </Typography.Title>
          {m.isNew && (
            <Tag color="red" bordered={false}>
              {t('members.newTag')}
            </Tag>
          )}
          <Tag>{m.termName}</Tag>
        </Space>
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('members.sector')}>{m.sectorName}</Descriptions.Item>
          <Descriptions.Item label={t('members.committee')}>
            {show([m.committeeName, m.groupName].filter(Boolean).join(' · '))}
          </Descriptions.Item>
          <Descriptions.Item label={t('members.party')}>{t(`party.${m.party}`)}</Descriptions.Item>
          <Descriptions.Item label={t('members.idNumber')}>{show(m.idNumberMasked)}</Descriptions.Item>
        </Descriptions>
      </Card>

      {data.pendingChange && (
        <Alert
          type="warning"
          showIcon
          icon={<ClockCircleOutlined />}
          data-testid="pending-change"
          title={t('members.pendingTitle')}
          description={
            <>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('members.pendingSince', { date: formatDate(data.pendingChange.createdAt) })}
              </Typography.Text>
              <ChangeLines change={data.pendingChange} />
            </>
          }
        />
      )}

      <Card title={t('members.contact')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('members.phone')}>{show(m.phone)}</Descriptions.Item>
          <Descriptions.Item label={t('members.email')}>{show(m.email)}</Descriptions.Item>
          <Descriptions.Item label={t('members.address')}>{show(m.address)}</Descriptions.Item>
          <Descriptions.Item label={t('members.postalCode')}>{show(m.postalCode)}</Descriptions.Item>
          <Descriptions.Item label={t('members.workUnit')}>{show(m.workUnit)}</Descriptions.Item>
          <Descriptions.Item label={t('members.jobTitle')}>{show(m.jobTitle)}</Descriptions.Item>
        </Descriptions>
        <Button
          block
          type="primary"
          size="large"
          icon={<EditOutlined />}
          disabled={!!data.pendingChange || !m.active}
          onClick={() => setEditing(true)}
          style={{ marginTop: 12 }}
          data-testid="request-change"
        >
          {t('members.requestChange')}
        </Button>
      </Card>

      <FormModal<ContactValues>
        open={editing}
        title={t('members.requestTitle')}
        okText={t('common.submit')}
        initialValues={current}
        onCancel={() => setEditing(false)}
        onSubmit={async (v) => {
          const changed: BodyOf<'/api/members/me/contact-change', 'post'> = {};
          for (const f of CONTACT_FIELDS) {
            const next = (v[f] ?? '').trim();
            if (next === (current[f] ?? '')) continue;
            if (f === 'phone') changed.phone = next;
            else changed[f] = next || null;
          }
          await api.post('/api/members/me/contact-change', { body: changed });
          setEditing(false);
          message.success(t('members.submitted'));
        }}
      >
        <Typography.Paragraph type="secondary">{t('members.requestHint')}</Typography.Paragraph>
        <Form.Item
          name="phone"
          label={t('members.phone')}
          rules={[{ required: true, whitespace: true, message: t('members.phoneRequired') }]}
        >
          <Input inputMode="tel" maxLength={30} autoComplete="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('members.email')} rules={[{ type: 'email' }]}>
          <Input inputMode="email" maxLength={100} autoComplete="email" />
        </Form.Item>
        <Form.Item name="address" label={t('members.address')}>
          <Input.TextArea autoSize maxLength={200} />
        </Form.Item>
        <Form.Item
          name="postalCode"
          label={t('members.postalCode')}
          rules={[{ pattern: /^\d{6}$/, message: t('members.postalCodeInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Form.Item name="workUnit" label={t('members.workUnit')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="jobTitle" label={t('members.jobTitle')}>
          <Input maxLength={60} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
