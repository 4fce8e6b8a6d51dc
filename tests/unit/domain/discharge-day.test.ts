import { describe, expect, test } from 'vitest';
import { mergeStay, stayState } from '../../../src/domain/discharge/stay';

const TODAY = '2026-12-04';

describe('discharge day: only a discharge stated as done is actual', () => {
  test('a discharge expected today is still expected: the patient is on the unit, no TCM clock', () => {
    const state = stayState({ admitDate: '2026-12-01', dischargeDate: TODAY, dischargeActual: false }, TODAY);
    expect(state).toEqual({ admitDate: '2026-12-01', inpatient: true, expectedDischarge: TODAY });
    expect(stayState({ admitDate: '2026-12-01', dischargeDate: TODAY }, TODAY).actualDischarge).toBeUndefined();
  });

  test('an expected date that has passed asks the user instead of assuming', () => {
    const state = stayState({ admitDate: '2026-11-28', dischargeDate: '2026-12-02' }, TODAY);
    expect(state.actualDischarge).toBeUndefined();
    expect(state.expectedDischarge).toBe('2026-12-02');
    expect(state.dischargeToConfirm).toBe('2026-12-02');
    expect(state.inpatient).toBe(true);
  });

  test('a discharge the page or the user states as done is actual', () => {
    expect(stayState({ admitDate: '2026-11-28', dischargeDate: '2026-12-02', dischargeActual: true }, TODAY)).toEqual({
      admitDate: '2026-11-28',
      inpatient: false,
      actualDischarge: '2026-12-02',
    });
    expect(stayState({ dischargeDate: TODAY, dischargeActual: true }, TODAY).actualDischarge).toBe(TODAY);
  });

  test("the user's answer survives the page that still shows the expected date", () => {
    const page = { admitDate: '2026-11-28', dischargeDate: '2026-12-02', dischargeActual: false };
    const confirmed = { ...page, dischargeActual: true, seenOnPage: page };
    expect(stayState(mergeStay(confirmed, page), TODAY).actualDischarge).toBe('2026-12-02');
    // "Not yet": a new expected date the user gave wins over the page's stale one…
    const moved = { ...page, dischargeDate: '2026-12-06', seenOnPage: page };
    expect(stayState(mergeStay(moved, page), TODAY)).toMatchObject({ expectedDischarge: '2026-12-06', inpatient: true });
    expect(stayState(mergeStay(moved, page), TODAY).dischargeToConfirm).toBeUndefined();
    // …until the page itself shows a new date.
    expect(mergeStay(moved, { ...page, dischargeDate: '2026-12-08' }).dischargeDate).toBe('2026-12-08');
  });

  test("an old confirmation never vouches for a new date", () => {
    const old = { dischargeDate: '2026-10-02', dischargeActual: true, seenOnPage: { dischargeDate: '2026-10-02' } };
    expect(mergeStay(old, { dischargeDate: '2026-12-05', dischargeActual: false })).toEqual({
      admitDate: undefined,
      dischargeDate: '2026-12-05',
      dischargeActual: false,
    });
  });
});
