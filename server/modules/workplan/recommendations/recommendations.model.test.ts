// The SMART check and the year's figure as a pure model.
import { describe, expect, it } from 'vitest';
import { isOverdue, smartGaps, yearFigures } from './recommendations.model.js';

const full = {
  metric: '加装电梯完成数',
  target: '120部',
  actions: '简化审批，设立专项补贴',
  unitId: 3,
  accountablePerson: '市住建局副局长',
  dueOn: '2026-12-31',
};

describe('workplan: recommendations (model)', () => {
  it('names each missing SMART field, in order', () => {
    expect(smartGaps(full)).toEqual([]);
    expect(smartGaps({ ...full, metric: null, unitId: null }).map((g) => g.path)).toEqual(['metric', 'unitId']);
    expect(smartGaps({ ...full, target: '  ' })).toEqual([{ path: 'target', message: '缺少目标值' }]);
  });

  it('is overdue only while waiting on the department past the deadline', () => {
    expect(isOverdue('sent', '2026-03-04', '2026-03-05')).toBe(true);
    expect(isOverdue('answered', '2026-03-04', '2026-03-05')).toBe(true);
    expect(isOverdue('sent', '2026-03-05', '2026-03-05')).toBe(false);
    expect(isOverdue('done', '2026-03-04', '2026-03-05')).toBe(false);
    expect(isOverdue('draft', '2026-03-04', '2026-03-05')).toBe(false);
  });

  it('counts the shares adopted and done among those sent', () => {
    expect(
      yearFigures([
        { status: 'draft', answer_kind: null },
        { status: 'sent', answer_kind: null },
        { status: 'answered', answer_kind: 'partly' },
        { status: 'done', answer_kind: 'adopted' },
        { status: 'dropped', answer_kind: 'declined' },
      ]),
    ).toEqual({ sent: 4, adopted: 2, done: 1, dropped: 1, adoptedShare: 50, doneShare: 25 });
    expect(yearFigures([])).toMatchObject({ sent: 0, adoptedShare: 0 });
  });
});
