import { describe, expect, it } from 'vitest';
import { laceScore } from '../../../../src/domain/discharge/lace';

const L = (days: number) => laceScore({ lengthOfStayDays: days, acuteAdmission: false, charlson: 0, edVisits6m: 0 }).parts.L;

describe('laceScore', () => {
  it('scores length of stay per the table', () => {
    expect([0, 0.9, 1, 1.5, 2, 3, 4, 6, 7, 13, 14, 40].map(L)).toEqual([0, 0, 1, 1, 2, 3, 4, 4, 5, 5, 7, 7]);
  });

  it('scores acuity, Charlson (4 or more → 5) and ED visits (capped at 4)', () => {
    const r = (charlson: number, edVisits6m: number, acuteAdmission = true) =>
      laceScore({ lengthOfStayDays: 0, acuteAdmission, charlson, edVisits6m }).parts;
    expect(r(0, 0)).toEqual({ L: 0, A: 3, C: 0, E: 0 });
    expect(r(3, 3, false)).toEqual({ L: 0, A: 0, C: 3, E: 3 });
    expect(r(4, 4)).toMatchObject({ C: 5, E: 4 });
    expect(r(9, 12)).toMatchObject({ C: 5, E: 4 });
  });

  it('treats 10 or more as high risk, up to the maximum of 19', () => {
    expect(laceScore({ lengthOfStayDays: 4, acuteAdmission: true, charlson: 2, edVisits6m: 0 })).toMatchObject({ score: 9, highRisk: false });
    expect(laceScore({ lengthOfStayDays: 4, acuteAdmission: true, charlson: 3, edVisits6m: 0 })).toMatchObject({ score: 10, highRisk: true });
    expect(laceScore({ lengthOfStayDays: 30, acuteAdmission: true, charlson: 6, edVisits6m: 8 })).toMatchObject({ score: 19, sourceId: 'lace' });
  });

  it('rejects negative, fractional counts and non-numbers', () => {
    const ok = { lengthOfStayDays: 1, acuteAdmission: false, charlson: 0, edVisits6m: 0 };
    expect(() => laceScore({ ...ok, lengthOfStayDays: -1 })).toThrow(RangeError);
    expect(() => laceScore({ ...ok, lengthOfStayDays: Number.NaN })).toThrow(RangeError);
    expect(() => laceScore({ ...ok, charlson: -1 })).toThrow(RangeError);
    expect(() => laceScore({ ...ok, edVisits6m: -2 })).toThrow(RangeError);
    expect(() => laceScore({ ...ok, edVisits6m: 1.5 })).toThrow(RangeError);
  });
});
