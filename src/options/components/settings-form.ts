import { isValidCalendarDate } from '../../domain/time/dates';
import type { CadenceTier } from '../../model/values';
import { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS, type Settings } from '../../model/settings';

export const TIERS: readonly CadenceTier[] = ['high', 'medium', 'low'];

/** The settings as the form holds them: what the user typed, before it is checked. */
export interface SettingsForm {
  /** 0 = Sunday … 6 = Saturday */
  workingDays: number[];
  /** "HH:MM"; an end of "00:00" means midnight at the end of the day. */
  start: string;
  end: string;
  holidays: 'us-federal' | 'none';
  extraHolidays: string[];
  timeZone: string;
  promptnessHours: string;
  cadence: Record<CadenceTier, { ideal: string; max: string }>;
  defaultTier: CadenceTier;
  notifyWhenDue: boolean;
  showNamesOutsidePanel: boolean;
  lockAfterMinutes: string;
  seenRetentionDays: string;
}

export type FieldId =
  | 'workingDays'
  | 'start'
  | 'end'
  | 'extraHolidays'
  | 'timeZone'
  | 'promptnessHours'
  | 'lockAfterMinutes'
  | 'seenRetentionDays'
  | `ideal-${CadenceTier}`
  | `max-${CadenceTier}`;

/** An error as an i18n key with its substitutions, so the component says it in the user's language. */
export interface FieldError {
  key: string;
  substitutions?: string[];
}

export type FormErrors = Partial<Record<FieldId, FieldError>>;
export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FormErrors };

const pad = (n: number) => String(n).padStart(2, '0');
export const minutesToTime = (m: number) => `${pad(Math.floor(m / 60) % 24)}:${pad(m % 60)}`;

/** "HH:MM" → minutes after midnight, or undefined. */
export function timeToMinutes(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? h * 60 + m : undefined;
}

export function toForm(settings: Settings): SettingsForm {
  const { schedule } = settings;
  return {
    workingDays: [...schedule.workingDays],
    start: minutesToTime(schedule.startMinutes),
    end: minutesToTime(schedule.endMinutes),
    holidays: schedule.holidays,
    extraHolidays: [...schedule.extraHolidays].sort(),
    timeZone: schedule.timeZone,
    promptnessHours: String(settings.promptnessHours),
    cadence: Object.fromEntries(
      TIERS.map((tier) => [tier, { ideal: String(settings.cadenceByTier[tier].idealDays), max: String(settings.cadenceByTier[tier].maxDays) }]),
    ) as SettingsForm['cadence'],
    defaultTier: settings.defaultTier,
    notifyWhenDue: settings.notifyWhenDue,
    showNamesOutsidePanel: settings.showNamesOutsidePanel,
    lockAfterMinutes: String(settings.lockAfterMinutes),
    seenRetentionDays: String(settings.seenRetentionDays),
  };
}

/** A whole number written plainly ("12", not "12.5", "1e1" or " "). */
function wholeNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Checks every field and says what is wrong with each, rather than letting normaliseSettings quietly
 * put a default back: the user must see that "end before start" was not saved.
 */
export function fromForm(form: SettingsForm, knownTimeZone: (zone: string) => boolean): FormResult {
  const errors: FormErrors = {};
  const workingDays = [...new Set(form.workingDays)].filter((d) => Number.isInteger(d) && d >= 0 && d <= 6).sort();
  if (workingDays.length === 0) errors.workingDays = { key: 'settingsErrorNoDays' };

  const start = timeToMinutes(form.start);
  let end = timeToMinutes(form.end);
  if (end === 0) end = 1440;
  if (start === undefined) errors.start = { key: 'settingsErrorTime' };
  if (end === undefined) errors.end = { key: 'settingsErrorTime' };
  else if (start !== undefined && end <= start) errors.end = { key: 'settingsErrorEndBeforeStart' };

  const badDate = form.extraHolidays.find((d) => !isValidCalendarDate(d));
  if (badDate !== undefined) errors.extraHolidays = { key: 'settingsErrorDate', substitutions: [badDate] };

  if (!knownTimeZone(form.timeZone)) errors.timeZone = { key: 'settingsErrorTimeZone' };

  const promptness = wholeNumber(form.promptnessHours);
  if (promptness === undefined || promptness < 1 || promptness > 72) {
    errors.promptnessHours = { key: 'settingsErrorRange', substitutions: ['1', '72'] };
  }

  const lockAfter = wholeNumber(form.lockAfterMinutes);
  if (lockAfter === undefined || lockAfter < LOCK_AFTER_MINUTES.min || lockAfter > LOCK_AFTER_MINUTES.max) {
    errors.lockAfterMinutes = { key: 'settingsErrorRange', substitutions: [String(LOCK_AFTER_MINUTES.min), String(LOCK_AFTER_MINUTES.max)] };
  }

  const retention = wholeNumber(form.seenRetentionDays);
  if (retention === undefined || retention < SEEN_RETENTION_DAYS.min || retention > SEEN_RETENTION_DAYS.max) {
    errors.seenRetentionDays = { key: 'settingsErrorRange', substitutions: [String(SEEN_RETENTION_DAYS.min), String(SEEN_RETENTION_DAYS.max)] };
  }

  const cadenceByTier = {} as Settings['cadenceByTier'];
  for (const tier of TIERS) {
    const ideal = wholeNumber(form.cadence[tier].ideal);
    const max = wholeNumber(form.cadence[tier].max);
    const idealOk = ideal !== undefined && ideal >= 1 && ideal <= 365;
    if (!idealOk) errors[`ideal-${tier}`] = { key: 'settingsErrorRange', substitutions: ['1', '365'] };
    if (max === undefined || max > 730 || max < 1) errors[`max-${tier}`] = { key: 'settingsErrorRange', substitutions: ['1', '730'] };
    else if (idealOk && max < ideal) errors[`max-${tier}`] = { key: 'settingsErrorMaxBelowIdeal' };
    cadenceByTier[tier] = { idealDays: ideal ?? 0, maxDays: max ?? 0 };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      schedule: {
        timeZone: form.timeZone,
        workingDays,
        startMinutes: start as number,
        endMinutes: end as number,
        holidays: form.holidays === 'none' ? 'none' : 'us-federal',
        extraHolidays: [...new Set(form.extraHolidays)].sort(),
      },
      promptnessHours: promptness as number,
      cadenceByTier,
      defaultTier: TIERS.includes(form.defaultTier) ? form.defaultTier : 'medium',
      notifyWhenDue: form.notifyWhenDue,
      showNamesOutsidePanel: form.showNamesOutsidePanel,
      lockAfterMinutes: lockAfter as number,
      seenRetentionDays: retention as number,
    },
  };
}

/** Whether the browser knows a time zone name. */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the browser lists, with the one in use kept even when it is an alias not listed. */
export function timeZoneChoices(current: string): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return listed.includes(current) ? [...listed] : [current, ...listed];
}
