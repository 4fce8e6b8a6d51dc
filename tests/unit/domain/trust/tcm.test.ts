import { describe, expect, it } from 'vitest';
import { addBusinessHours, DEFAULT_SCHEDULE } from '../../../../src/domain/time/business-time';
import { epochAtLocal } from '../../../../src/domain/time/dates';
import { tcmDeadlines, tcmStatus, type TcmDeadlines } from '../../../../src/domain/discharge/tcm';
import { loadHolidayCalendar } from '../../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

const TZ = 'America/New_York';
const due = (date: string) => tcmDeadlines({ date, actual: true }, date, 'moderate')?.interactiveContactDue;

describe('tcmDeadlines', () => {
  it('counts 2 business days after discharge: Friday → Tuesday', () => {
    expect(due('2026-03-13')).toBe('2026-03-17');
    expect(due('2026-03-16')).toBe('2026-03-18');
    expect(due('2026-03-14')).toBe('2026-03-17');
  });

  it('skips federal holidays: Thanksgiving, Christmas, New Year (also observed on 31 December)', () => {
    expect(due('2026-11-25')).toBe('2026-11-30');
    expect(due('2026-11-24')).toBe('2026-11-27');
    expect(due('2026-12-24')).toBe('2026-12-29');
    expect(due('2026-12-31')).toBe('2027-01-05');
    expect(due('2021-12-30')).toBe('2022-01-04');
  });

  it('sets face-to-face by complexity, med rec with it, and a 30-day period from the discharge day', () => {
    expect(tcmDeadlines({ date: '2026-03-13', actual: true }, '2026-03-13', 'high')).toEqual({
      dischargeDate: '2026-03-13',
      interactiveContactDue: '2026-03-17',
      faceToFaceDue: '2026-03-20',
      medicationReconciliationDue: '2026-03-20',
      periodEnds: '2026-04-11',
      sourceId: 'cms-tcm',
    });
    expect(tcmDeadlines({ date: '2026-03-13', actual: true }, '2026-03-13', 'moderate')?.faceToFaceDue).toBe('2026-03-27');
  });

  it('starts only on a discharge stated as done: an expected date never starts TCM, not even today or past', () => {
    expect(tcmDeadlines({ date: '2026-03-20', actual: false }, '2026-03-18', 'moderate')).toBeNull();
    // Expected today: the patient is still on the unit.
    expect(tcmDeadlines({ date: '2026-03-20', actual: false }, '2026-03-20', 'moderate')).toBeNull();
    expect(tcmDeadlines({ date: '2026-03-20' }, '2026-03-20', 'moderate')).toBeNull();
    // Expected two days ago and nobody said it happened: asked, never assumed.
    expect(tcmDeadlines({ date: '2026-03-18', actual: false }, '2026-03-20', 'moderate')).toBeNull();
    expect(tcmDeadlines({ date: '2026-03-20', actual: true }, '2026-03-20', 'moderate')).not.toBeNull();
    expect(tcmDeadlines({ date: '2026-03-18', actual: true }, '2026-03-20', 'moderate')).not.toBeNull();
    // A date still to come cannot have happened.
    expect(tcmDeadlines({ date: '2026-03-20', actual: true }, '2026-03-18', 'moderate')).toBeNull();
  });

  it("ignores the user's own schedule: CMS business days are Monday–Friday", () => {
    const weekendWorker = { ...DEFAULT_SCHEDULE, workingDays: [0, 1, 2, 3, 4, 5, 6], holidays: 'none' as const };
    // The user's clock would count Saturday and Sunday; the TCM clock does not.
    const userDue = addBusinessHours(epochAtLocal('2026-03-13', 17, 0, TZ), 16, weekendWorker);
    expect(userDue).toBe(epochAtLocal('2026-03-15', 17, 0, TZ));
    expect(due('2026-03-13')).toBe('2026-03-17');
  });
});

describe('tcmStatus', () => {
  const d = tcmDeadlines({ date: '2026-03-13', actual: true }, '2026-03-13', 'high') as TcmDeadlines;
  const call = (date: string, successful = true) => ({ at: epochAtLocal(date, 10, 0, TZ), successful });

  it('is met by a successful contact from the discharge day up to the due day', () => {
    expect(tcmStatus(d, '2026-03-20', [call('2026-03-13')], TZ).interactiveContact).toBe('met');
    expect(tcmStatus(d, '2026-03-20', [call('2026-03-17')], TZ).interactiveContact).toBe('met');
    expect(tcmStatus(d, '2026-03-20', [call('2026-03-18')], TZ).interactiveContact).toBe('late');
  });

  it('ignores failed attempts and contacts before discharge', () => {
    const s = tcmStatus(d, '2026-03-16', [call('2026-03-12'), call('2026-03-16', false)], TZ);
    expect(s.interactiveContact).toBe('open');
    expect(s.businessDaysLeft).toBe(1);
  });

  it('is due today on the due day and overdue after it', () => {
    const today = tcmStatus(d, '2026-03-17', [], TZ);
    expect(today.interactiveContact).toBe('due-today');
    expect(today.businessDaysLeft).toBe(0);
    const late = tcmStatus(d, '2026-03-18', [], TZ);
    expect(late.interactiveContact).toBe('overdue');
    expect(late.businessDaysLeft).toBeUndefined();
  });

  it('tracks face-to-face and med rec from the days the caller reports', () => {
    expect(tcmStatus(d, '2026-03-20', [], TZ).faceToFace).toBe('due-today');
    const s = tcmStatus(d, '2026-03-25', [], TZ, { faceToFaceOn: '2026-03-19', medicationReconciledOn: '2026-03-22' });
    expect(s.faceToFace).toBe('met');
    expect(s.medicationReconciliation).toBe('late');
    expect(s.inPeriod).toBe(true);
    expect(tcmStatus(d, '2026-04-12', [], TZ).inPeriod).toBe(false);
  });
});
