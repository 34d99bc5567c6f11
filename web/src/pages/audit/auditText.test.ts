import { describe, expect, it } from 'vitest';
import { detailFields, targetText } from './auditText';

describe('the audit page’s wording of an entry', () => {
  it('names a single target by type and id', () => {
    expect(targetText('zh-CN', { objectType: 'proposal', objectId: '397', detail: null })).toBe('提案 397');
    expect(targetText('en-US', { objectType: 'member', objectId: '12', detail: null })).toBe('Member 12');
  });

  it('names a whole-list action (an export) as a list, never as “member #” with no id', () => {
    const roster = { objectType: 'member', objectId: null, detail: { filters: {}, count: 35 } };
    expect(targetText('zh-CN', roster)).toBe('委员（名单，35 条）');
    expect(targetText('en-US', roster)).toBe('Member (list, 35 rows)');
    expect(targetText('zh-CN', { objectType: 'proposal', objectId: null, detail: null })).toBe('提案（名单）');
    expect(targetText('zh-CN', { objectType: null, objectId: null, detail: null })).toBe('');
  });

  it('shows a detail as labelled fields instead of JSON', () => {
    const fields = detailFields('zh-CN', {
      unmasked: true,
      memberId: 7,
      fields: ['phone', 'idNumber'],
      filters: { keyword: '教育', state: 'handling' },
      reason: null,
    });
    expect(fields).toEqual([
      ['完整显示个人信息', '是'],
      ['委员编号', '7'],
      ['字段', 'phone、idNumber'],
      ['筛选条件', '关键词：教育，状态：handling'],
      ['理由', '—'],
    ]);
    expect(detailFields('en-US', { count: 3, custom: 'x' })).toEqual([
      ['Count', '3'],
      ['custom', 'x'],
    ]);
    expect(detailFields('zh-CN', null)).toEqual([]);
  });
});
