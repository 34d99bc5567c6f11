// The engine's groups, pinned (pinned.ts): the labelled set and 6 000 generated opinions
// grouped from scratch give exactly the groups pinned.json holds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledGroupings, PINNED_FILE, scaleGrouping } from './pinned.js';

const pinned = JSON.parse(readFileSync(PINNED_FILE, 'utf8')) as Record<string, number[]>;

describe('the pinned groupings', () => {
  it('groups the labelled opinions (fit, measure, whole set) as pinned', () => {
    const found = labelledGroupings();
    expect(found.fit).toEqual(pinned.fit);
    expect(found.measure).toEqual(pinned.measure);
    expect(found.all).toEqual(pinned.all);
  });

  it('groups 6 000 generated opinions over three shards as pinned', { timeout: 120_000 }, () => {
    const found = scaleGrouping();
    expect(found.length).toBe(pinned.scale!.length);
    // Some groups formed, or the comparison pins nothing.
    expect(new Set(found).size).toBeLessThan(found.length / 2);
    expect(found).toEqual(pinned.scale);
  });
});
