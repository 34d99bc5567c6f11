// How the evaluation's score is computed, worded in the reader's language from the weights and
// deductions the server computes with (its own `formula` and `notes` are the Excel sheet's Chinese).
import { Typography } from 'antd';
import type { EvaluationTable } from '../../../api/models';
import { addArea, useI18n } from '../../../i18n';
import { evaluation } from '../../../i18n/messages/evaluation';

addArea('evaluation', evaluation);

const NOTES = ['year', 'signFor', 'onTime', 'satisfaction', 'democratic'] as const;

export function EvaluationFormula({ table }: { table: EvaluationTable }) {
  const { t } = useI18n();
  const line = (text: string) => (
    <div key={text}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
  return (
    <div style={{ marginTop: 12 }} data-testid="evaluation-formula">
      {line(t('evaluation.formula', { ...table.weights, ...table.penalties }))}
      {NOTES.map((n) => line(t(`evaluation.note.${n}`)))}
    </div>
  );
}
