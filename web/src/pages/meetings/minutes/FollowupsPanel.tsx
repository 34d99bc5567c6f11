// A meeting's follow-ups on its page (the office and leaders): the items its decisions gave,
// and for the office the dialog that assigns more.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { FollowupDialog } from './FollowupDialog';
import { FollowupTable } from './FollowupTable';

export function FollowupsPanel({ meetingId }: { meetingId: number }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const q = useApiQuery('/api/meetings/{id}/followups', { path: { id: meetingId } });
  const mayAdd = q.data?.allowedActions.includes('addFollowup');
  return (
    <Card
      size="small"
      title={t('meetingMinutes.followups')}
      extra={
        mayAdd && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="followup-add">
            {t('meetingMinutes.add')}
          </Button>
        )
      }
    >
      <FollowupTable items={q.data?.items ?? []} loading={q.isLoading} showMeeting={false} />
      {mayAdd && <FollowupDialog meetingId={meetingId} open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}
