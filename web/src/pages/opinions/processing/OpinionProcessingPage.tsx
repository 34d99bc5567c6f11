// One opinion's processing for the office (reached from the dashboard and the notices): the
// office's slot, and the answer as the submitter sees it.
import { Space } from 'antd';
import { useParams } from 'react-router-dom';
import { OpinionAnswerSlot } from './OpinionAnswerSlot';
import { OpinionProcessingSlot } from './OpinionProcessingSlot';
import './processingApi';

export function OpinionProcessingPage() {
  const id = Number(useParams().id);
  return (
    <Space direction="vertical" style={{ width: '100%', maxWidth: 900 }}>
      <OpinionProcessingSlot opinionId={id} />
      <OpinionAnswerSlot opinionId={id} />
    </Space>
  );
}
