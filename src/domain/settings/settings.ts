import { defaultSettings } from './defaults';
import * as v from 'valibot';
import { CADENCE_TIERS, CadenceSchema, CalendarDateSchema, type Cadence } from '../../model/values';
import { SettingsSchema, WorkScheduleSchema, type Settings, type WorkSchedule } from '../../model/settings';

export { cadenceFor, defaultSettings } from './defaults';

type Plain = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The settings `next` changed from `base` (what the form was loaded from), laid over `current`
 * (what is stored now): two windows that changed different settings both keep theirs. Objects
 * merge field by field; a list (working days, holidays) is one value.
 */
export function mergeSettingEdits(current: Settings, base: Settings, next: Settings): Settings {
  const merge = (now: unknown, was: unknown, wanted: unknown): unknown => {
    if (isPlainObject(now) && isPlainObject(was) && isPlainObject(wanted)) {
      return Object.fromEntries(Object.keys({ ...now, ...wanted }).map((key) => [key, merge(now[key], was[key], wanted[key])]));
    }
    return JSON.stringify(wanted) === JSON.stringify(was) ? now : wanted;
  };
  return merge(current, base, next) as Settings;
}

/**
 * Stored settings come back through a boundary (another version may have written them): keep every
 * field the model accepts, fall back to the default for each one it does not, never throw. The
 * schedule is kept field by field too, so one bad holiday does not cost the user their hours.
 */
export function normaliseSettings(raw: unknown, timeZone: string): Settings {
  const base = defaultSettings(timeZone);
  if (!isPlainObject(raw)) return base;
  const valid = <K extends keyof Settings>(key: K): Settings[K] =>
    v.is(SettingsSchema.entries[key], raw[key]) ? structuredClone(raw[key] as Settings[K]) : base[key];
  const tiers = isPlainObject(raw.cadenceByTier) ? raw.cadenceByTier : {};
  return {
    schedule: normaliseSchedule(raw.schedule, base.schedule),
    promptnessHours: valid('promptnessHours'),
    cadenceByTier: Object.fromEntries(
      CADENCE_TIERS.map((tier) => [tier, v.is(CadenceSchema, tiers[tier]) ? { ...(tiers[tier] as Cadence) } : base.cadenceByTier[tier]]),
    ) as Settings['cadenceByTier'],
    defaultTier: valid('defaultTier'),
    notifyWhenDue: valid('notifyWhenDue'),
    showNamesOutsidePanel: valid('showNamesOutsidePanel'),
    lockAfterMinutes: valid('lockAfterMinutes'),
    seenRetentionDays: valid('seenRetentionDays'),
  };
}

function normaliseSchedule(raw: unknown, base: WorkSchedule): WorkSchedule {
  const input = isPlainObject(raw) ? raw : {};
  const field = <K extends keyof WorkSchedule>(key: K): WorkSchedule[K] | undefined => {
    const value = input[key];
    return v.is(WorkScheduleSchema.pipe[0].entries[key], value) ? (value as WorkSchedule[K]) : undefined;
  };
  const startMinutes = field('startMinutes') ?? base.startMinutes;
  const endMinutes = field('endMinutes');
  const timeZone = field('timeZone');
  const workingDays = field('workingDays');
  return {
    timeZone: timeZone !== undefined && isKnownZone(timeZone) ? timeZone : base.timeZone,
    workingDays: workingDays ? [...new Set(workingDays)].sort() : base.workingDays,
    startMinutes,
    endMinutes: endMinutes !== undefined && endMinutes > startMinutes ? endMinutes : base.endMinutes,
    holidays: field('holidays') ?? 'us-federal',
    extraHolidays: Array.isArray(input.extraHolidays) ? input.extraHolidays.filter((date) => v.is(CalendarDateSchema, date)) : [],
  };
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
