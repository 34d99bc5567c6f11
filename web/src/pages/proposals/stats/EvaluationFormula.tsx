// How the evaluation's score is computed, worded in the reader's language from the weights and
// deductions the server computes with (its own `formula` and `notes` are the Excel sheet's Chinese).
import { Typography } from 'antd';
import type { EvaluationTable } from '../../../api/models';
import { useI18n } from '../../../i18n';

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
      {line(t('proposalsHandling.eval.formulaText', { ...table.weights, ...table.penalties }))}
      {NOTES.map((n) => line(t(`proposalsHandling.eval.note.${n}`)))}
    </div>
  );
}
