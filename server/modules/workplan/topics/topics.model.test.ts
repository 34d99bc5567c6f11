// The stage rules of a topic as a pure model: one stage after another, no skipping, dates in order.
import { describe, expect, it } from 'vitest';
import { advanceProblem, nextStage } from './topics.model.js';

const d = (startsOn: string, endsOn: string | null = null) => ({ startsOn, endsOn });

describe('workplan: topic stages (model)', () => {
  it('walks proposed → set → research → consultation → implementation → done', () => {
    expect(nextStage('proposed')).toBe('set');
    expect(nextStage('consultation')).toBe('implementation');
    expect(nextStage('implementation')).toBe('done');
    expect(nextStage('done')).toBeNull();
  });

  it('takes the next stage with dates in order', () => {
    expect(advanceProblem('proposed', null, 'set', d('2026-02-10'))).toBeNull();
    expect(advanceProblem('set', d('2026-02-10'), 'research', d('2026-03-01', '2026-04-30'))).toBeNull();
    // Starting the day the previous one ended is in order.
    expect(advanceProblem('research', d('2026-03-01', '2026-04-30'), 'consultation', d('2026-04-30'))).toBeNull();
  });

  it('refuses a skipped stage and a done topic as conflicts', () => {
    expect(advanceProblem('set', d('2026-02-10'), 'consultation', d('2026-03-01'))).toMatchObject({
      kind: 'state',
      code: 'STAGE_SKIPPED',
      message: '不能跳过阶段',
    });
    expect(advanceProblem('research', d('2026-03-01'), 'research', d('2026-03-02'))).toMatchObject({
      code: 'STAGE_SKIPPED',
    });
    expect(advanceProblem('done', d('2026-12-01'), 'implementation', d('2026-12-02'))).toMatchObject({
      code: 'TOPIC_DONE',
    });
  });

  it('refuses dates out of order, naming the field', () => {
    expect(advanceProblem('set', d('2026-02-10'), 'research', d('2026-02-01'))).toMatchObject({
      kind: 'field',
      field: 'startsOn',
    });
    expect(advanceProblem('research', d('2026-03-01', '2026-04-30'), 'consultation', d('2026-04-20'))).toMatchObject({
      field: 'startsOn',
    });
    expect(advanceProblem('set', d('2026-02-10'), 'research', d('2026-03-10', '2026-03-01'))).toMatchObject({
      field: 'endsOn',
    });
  });
});
