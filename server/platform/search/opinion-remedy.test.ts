import { describe, expect, it } from 'vitest';
import type { Vec } from './duplicate-features.js';
import { remedyFeatures, remedyOf } from './opinion-remedy.js';
import type { OpinionText } from './opinion-text.js';

const op = (body: string, title = ''): OpinionText => ({ title, body });

/** The characters of a text as the grouper's character vector holds them (weights unused here). */
function charsOf(t: OpinionText): Vec {
  const keys = [...new Set([...`${t.title}${t.body}`].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  return { keys: Uint32Array.from(keys), weights: new Float64Array(keys.length).fill(1) };
}

function features(a: OpinionText, b: OpinionText): [number, number] {
  return remedyFeatures(remedyOf(a), remedyOf(b), charsOf(a), charsOf(b), () => 1);
}

const str = (cs: readonly number[]) => String.fromCodePoint(...cs);

describe('remedy of an opinion', () => {
  it('reads the action kinds and the other words of the ask clause only', () => {
    const r = remedyOf(op('图书馆晚上七点就关门，建议延长开放时间到晚上九点。周末人也很多。'));
    expect([...r.actions]).toEqual(['extend', 'open']);
    // The complaint before the cue and the sentence after the ask are not the remedy.
    expect(str(r.words)).not.toContain('关');
    expect(str(r.words)).not.toContain('周');
    expect(str(r.words)).toContain('晚');
  });

  it('has no remedy without an ask cue', () => {
    const r = remedyOf(op('图书馆晚上七点就关门了'));
    expect(r.actions.size).toBe(0);
    expect(r.words).toEqual([]);
  });

  it('tells two asks on one subject apart, and keeps a paraphrase together', () => {
    const hours = op('市图书馆晚上七点就关门，建议延长开放时间到晚上九点。');
    const again = op('希望市图书馆延长晚上开放时间，开到九点左右');
    const seats = op('市图书馆自习室座位太少，建议增加自习座位。');
    const [sameActions, sameWords] = features(hours, again);
    const [otherActions, otherWords] = features(hours, seats);
    expect(sameActions).toBe(1);
    expect(otherActions).toBe(0);
    expect(sameWords).toBeGreaterThan(otherWords);
  });

  it('reads a missing remedy as unknown (0.5), not as a disagreement', () => {
    expect(features(op('图书馆晚上七点就关门了'), op('图书馆周末人太多'))).toEqual([0.5, 0.5]);
  });
});
