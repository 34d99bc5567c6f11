import { describe, expect, it } from 'vitest';
import { distanceMetres, evidenceOf, weightedScore } from './visits.model.js';

const period = { startsOn: '2026-05-01', endsOn: '2026-05-31' };
const park = { lat: 31.2304, lon: 121.4737 };

describe('a visit’s score', () => {
  it('is the weighted mean of each criterion’s share of its maximum, on 0–100', () => {
    const criteria = [
      { id: 1, weight: 60, maxScore: 10 },
      { id: 2, weight: 40, maxScore: 5 },
    ];
    expect(
      weightedScore(
        criteria,
        new Map([
          [1, 10],
          [2, 5],
        ]),
      ),
    ).toBe(100);
    expect(
      weightedScore(
        criteria,
        new Map([
          [1, 5],
          [2, 5],
        ]),
      ),
    ).toBe(70);
    expect(
      weightedScore(
        criteria,
        new Map([
          [1, 7],
          [2, 2],
        ]),
      ),
    ).toBe(58);
  });
});

describe('the evidence of a visit’s photos', () => {
  it('measures distances on the earth', () => {
    // One hundredth of a degree of latitude is about 1.11 km.
    expect(distanceMetres(park, { lat: park.lat + 0.01, lon: park.lon })).toBeGreaterThan(1100);
    expect(distanceMetres(park, { lat: park.lat + 0.01, lon: park.lon })).toBeLessThan(1120);
  });
  it('accepts one photo on a day of the period taken near the object', () => {
    const r = evidenceOf(
      [
        { takenAt: '2026-04-20T09:00:00', position: null },
        { takenAt: '2026-05-31T23:10:00', position: { lat: park.lat + 0.002, lon: park.lon } },
      ],
      period,
      park,
    );
    expect(r.reasons).toEqual([]);
    expect(r.distances[1]).toBeGreaterThan(200);
    expect(r.distances[1]).toBeLessThan(240);
  });
  it('flags, never refuses: no photo, no time, outside the period, no position, far away', () => {
    expect(evidenceOf([], period, park).reasons).toEqual(['no_photo']);
    expect(evidenceOf([{ takenAt: null, position: null }], period, park).reasons).toEqual(['no_time', 'no_position']);
    expect(evidenceOf([{ takenAt: '2026-06-01T00:00:00', position: park }], period, park).reasons).toEqual([
      'outside_period',
    ]);
    expect(
      evidenceOf([{ takenAt: '2026-05-02T10:00:00', position: { lat: park.lat + 0.05, lon: park.lon } }], period, park)
        .reasons,
    ).toEqual(['far_from_object']);
  });
  it('takes the camera’s wall clock as the day the phone showed (China time), not as UTC', () => {
    // 07:30 on the first morning in China is the evening before in UTC: still in the period.
    expect(evidenceOf([{ takenAt: `${period.startsOn}T07:30:00`, position: park }], period, park).reasons).toEqual([]);
    // 00:30 the night after the last day is outside, though it is still that day in UTC.
    expect(evidenceOf([{ takenAt: '2026-06-01T00:30:00', position: park }], period, park).reasons).toEqual([
      'outside_period',
    ]);
  });
  it('does not ask for a position when the object has none', () => {
    expect(
      evidenceOf([{ takenAt: '2026-05-02T10:00:00', position: null }], period, { lat: null, lon: null }).reasons,
    ).toEqual([]);
  });
});
