// The way into the guide from a meeting's page: the office's button to build it, and an
// invitee's card once the meeting has one (his own guide).
import { CompassOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { Link } from 'react-router-dom';
import type { MeetingDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import './parts';

export function OfficeGuideButton({ m }: { m: MeetingDetail }) {
  const { t } = useI18n();
  if (!m.allowedActions.includes('editGuide')) return null;
  return (
    <Link to={`/meetings/${m.id}/guide/edit`}>
      <Button icon={<CompassOutlined />} data-testid="guide-edit-link">
        {t('meetingGuide.build')}
      </Button>
    </Link>
  );
}

export function MyGuideCard({ m, mobile }: { m: MeetingDetail; mobile: boolean }) {
  const { t } = useI18n();
  const q = useApiQuery('/api/meetings/{id}/guide/mine', { path: { id: m.id } });
  if (!q.data?.enabled) return null;
  return (
    <Card size={mobile ? 'small' : 'default'}>
      <Link to={`/meetings/${m.id}/guide`}>
        <Button type="primary" block={mobile} icon={<CompassOutlined />} data-testid="my-guide-link">
          {t('meetingGuide.open')}
        </Button>
      </Link>
    </Card>
  );
}
