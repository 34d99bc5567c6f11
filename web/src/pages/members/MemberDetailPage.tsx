// One member: details with phone and ID masked, the audited "show full details" for those
// allowed, and edit / deactivate / reactivate for the member's own organisation's office.
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Grid,
  Input,
  Modal,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDate, formatDateTime, useI18n } from '../../i18n';
import '../../i18n/areas/members';

export function MemberDetailPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const { data: m, error } = useApiQuery('/api/members/{id}', { path: { id: Number(id) } });
  // The unmasked details, kept only while this member is shown.
  const [unmasked, setFull] = useState<{ memberId: number; phone: string | null; idNumber: string | null } | null>(
    null,
  );
  const full = unmasked && unmasked.memberId === m?.id ? unmasked : null;
  const [deactivating, setDeactivating] = useState(false);

  if (error && !m)
    return (
      <Result
        status={error.status === 404 ? '404' : error.status === 403 ? '403' : 'error'}
        title={error.message}
        extra={
          <Link to="/members">
            <Button>{t('members.backToList')}</Button>
          </Link>
        }
      />
    );
  if (!m)
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );

  // Someone else changed the member meanwhile: the refused write has already reloaded it.
  const onConflict = async (err: unknown) => {
    if (err instanceof ApiError && err.code === 'STALE_VERSION') {
      message.warning(t('members.stale'));
      return;
    }
    throw err;
  };

  const unmask = async () => {
    try {
      setFull({ memberId: m.id, ...(await api.post('/api/members/{id}/unmask', { path: { id: m.id } })) });
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const reactivate = () =>
    Modal.confirm({
      title: t('members.reactivate'),
      content: t('members.reactivateConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post('/api/members/{id}/reactivate', { path: { id: m.id }, body: { version: m.version } });
          message.success(t('members.reactivated'));
        } catch (err) {
          await onConflict(err).catch((e: Error) => message.error(e.message));
        }
      },
    });

  const empty = <Typography.Text type="secondary">—</Typography.Text>;
  const show = (v: string | null | undefined) => v || empty;
  const column = mobile ? 1 : 3;
  const labelStyles = { label: { width: mobile ? 80 : 110 } };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span style={{ fontSize: 18 }}>{m.name}</span>
            {m.isNew && (
              <Tag color="red" bordered={false}>
                {t('members.newTag')}
              </Tag>
            )}
            {m.active ? <Tag color="green">{t('members.active')}</Tag> : <Tag>{t('members.inactive')}</Tag>}
          </Space>
        }
        extra={!mobile && <Link to="/members">{t('members.backToList')}</Link>}
      >
        <Space wrap style={{ marginBottom: 16 }}>
          {m.can.unmask &&
            (full ? (
              <Button icon={<EyeInvisibleOutlined />} onClick={() => setFull(null)}>
                {t('members.hide')}
              </Button>
            ) : (
              <Button icon={<EyeOutlined />} onClick={unmask} data-testid="unmask">
                {t('members.unmask')}
              </Button>
            ))}
          {m.can.edit && m.active && (
            <Link to={`/members/${m.id}/edit`}>
              <Button type="primary" icon={<EditOutlined />}>
                {t('members.edit')}
              </Button>
            </Link>
          )}
          {m.can.edit &&
            (m.active ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDeactivating(true)}>
                {t('members.deactivate')}
              </Button>
            ) : (
              <Button icon={<UndoOutlined />} onClick={reactivate}>
                {t('members.reactivate')}
              </Button>
            ))}
        </Space>
        {full && (
          <Alert
            type="warning"
            showIcon
            title={t('members.unmaskNote')}
            style={{ marginBottom: 16 }}
            data-testid="unmask-note"
          />
        )}
        {!m.active && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${t('members.deactivatedAt')}：${formatDate(m.deactivatedAt)}；${t('members.deactivationReason')}：${m.deactivationReason ?? ''}`}
          />
        )}
        <Descriptions title={t('members.basic')} column={column} size="small" bordered={!mobile} styles={labelStyles}>
          <Descriptions.Item label={t('members.gender')}>{t(`members.${m.gender}`)}</Descriptions.Item>
          <Descriptions.Item label={t('members.ethnicity')}>{m.ethnicity}</Descriptions.Item>
          <Descriptions.Item label={t('members.birthDate')}>
            {m.birthDate ? formatDate(m.birthDate) : empty}
          </Descriptions.Item>
          <Descriptions.Item label={t('members.party')}>{t(`party.${m.party}`)}</Descriptions.Item>
          <Descriptions.Item label={t('members.idNumber')} span={mobile ? 1 : 2}>
            <Typography.Text copyable={!!full?.idNumber} data-testid="id-number">
              {show(full ? full.idNumber : m.idNumberMasked)}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Descriptions
          title={t('members.duty')}
          column={column}
          size="small"
          bordered={!mobile}
          styles={labelStyles}
          style={{ marginTop: 20 }}
        >
          <Descriptions.Item label={t('members.term')}>{m.termName}</Descriptions.Item>
          <Descriptions.Item label={t('members.sector')}>{m.sectorName}</Descriptions.Item>
          <Descriptions.Item label={t('members.isNew')}>{m.isNew ? t('common.yes') : t('common.no')}</Descriptions.Item>
          <Descriptions.Item label={t('members.committee')}>{show(m.committeeName)}</Descriptions.Item>
          <Descriptions.Item label={t('members.group')} span={mobile ? 1 : 2}>
            {show(m.groupName)}
          </Descriptions.Item>
        </Descriptions>
        <Descriptions
          title={t('members.contact')}
          column={column}
          size="small"
          bordered={!mobile}
          styles={labelStyles}
          style={{ marginTop: 20 }}
        >
          <Descriptions.Item label={t('members.phone')}>
            <Typography.Text copyable={!!full?.phone} data-testid="phone">
              {show(full ? full.phone : m.phoneMasked)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('members.email')}>{show(m.email)}</Descriptions.Item>
          <Descriptions.Item label={t('members.postalCode')}>{show(m.postalCode)}</Descriptions.Item>
          <Descriptions.Item label={t('members.workUnit')}>{show(m.workUnit)}</Descriptions.Item>
          <Descriptions.Item label={t('members.jobTitle')} span={mobile ? 1 : 2}>
            {show(m.jobTitle)}
          </Descriptions.Item>
          <Descriptions.Item label={t('members.address')} span={mobile ? 1 : 3}>
            {show(m.address)}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('members.createdAt')}：{formatDateTime(m.createdAt)}；{t('members.updatedAt')}：
          {formatDateTime(m.updatedAt)}
        </Typography.Paragraph>
      </Card>
      <FormModal<{ reason: string }>
        open={deactivating}
        title={t('members.deactivateTitle')}
        okText={t('members.deactivate')}
        onCancel={() => setDeactivating(false)}
        onSubmit={async (v) => {
          try {
            await api.post('/api/members/{id}/deactivate', {
              path: { id: m.id },
              body: { reason: v.reason, version: m.version },
            });
            setDeactivating(false);
            message.success(t('members.deactivated'));
          } catch (err) {
            await onConflict(err);
            setDeactivating(false);
          }
        }}
      >
        <Typography.Paragraph>{m.name}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('members.reasonLabel')}
          rules={[{ required: true, min: 2, message: t('members.reasonPlaceholder') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('members.reasonPlaceholder')} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
