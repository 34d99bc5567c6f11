import { describe, expect, it } from 'vitest';
import { routeOrder } from './assignment.model.js';

describe('routeOrder', () => {
  const stops = [
    { id: 1, name: '滨江公园', district: '西山区', address: '滨江路8号' },
    { id: 2, name: '人民公园', district: '东湖区', address: '人民路1号' },
    { id: 3, name: '湿地公园', district: '北岭县', address: null },
    { id: 4, name: '儿童公园', district: '西山区', address: '滨江路2号' },
    { id: 5, name: '城市书房', district: null, address: '解放路3号' },
    { id: 6, name: '植物园', district: '北岭县', address: '园林路5号' },
    { id: 7, name: '体育公园', district: '西山区', address: '滨江路2号' },
    { id: 8, name: '体育公园', district: '西山区', address: '滨江路2号' },
  ];

  it('puts the member’s own district first, then districts in pinyin order, then by address and name', () => {
    expect(routeOrder(stops, '西山区').map((s) => s.id)).toEqual([4, 7, 8, 1, 6, 3, 2, 5]);
    // 北 (běi) before 东 (dōng) before 西 (xī); no district last.
    expect(routeOrder(stops, null).map((s) => s.id)).toEqual([6, 3, 2, 4, 7, 8, 1, 5]);
  });

  it('does not depend on the input order', () => {
    const reversed = [...stops].reverse();
    expect(routeOrder(reversed, '东湖区')).toEqual(routeOrder(stops, '东湖区'));
  });
});
