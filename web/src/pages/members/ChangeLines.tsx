// The lines of a contact-change request: each field with its old and its requested value.
import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { ContactChange } from '../../api/models';
import '../../i18n/areas/members';

export function ChangeLines({ change }: { change: ContactChange }) {
  const { t } = useI18n();
  const value = (v: string | null | undefined) =>
    v || <Typography.Text type="secondary">{t('members.emptyValue')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {change.fields.map((f) => (
        <div key={f} style={{ wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{t(`members.${f}`)}：</Typography.Text>
          {change.current[f] ? (
            <Typography.Text delete type="secondary">
              {change.current[f]}
            </Typography.Text>
          ) : (
            value(null)
          )}
          <ArrowRightOutlined style={{ margin: '0 6px', fontSize: 11 }} />
          <Typography.Text strong>{value(change.changes[f])}</Typography.Text>
        </div>
      ))}
    </Space>
  );
}
