import { DEFAULT_CADENCE_BY_TIER } from '../contacts/cadence';
import { DEFAULT_SCHEDULE } from '../time/business-time';
import * as v from 'valibot';
import { CADENCE_TIERS, CadenceSchema, CalendarDateSchema, type Cadence, type CadenceTier } from '../../model/values';
import { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS, SettingsSchema, WorkScheduleSchema, type Settings, type WorkSchedule } from '../../model/settings';

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

export function defaultSettings(timeZone: string): Settings {
  return {
    schedule: { ...DEFAULT_SCHEDULE, timeZone, workingDays: [...DEFAULT_SCHEDULE.workingDays], extraHolidays: [] },
    promptnessHours: 4,
    cadenceByTier: {
      high: { ...DEFAULT_CADENCE_BY_TIER.high },
      medium: { ...DEFAULT_CADENCE_BY_TIER.medium },
      low: { ...DEFAULT_CADENCE_BY_TIER.low },
    },
    defaultTier: 'medium',
    notifyWhenDue: false,
    showNamesOutsidePanel: false,
    lockAfterMinutes: LOCK_AFTER_MINUTES.default,
    seenRetentionDays: SEEN_RETENTION_DAYS.default,
  };
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

/** A client's own interval when set, else their tier's, else the default tier's. */
export function cadenceFor(client: { tier?: CadenceTier; cadence?: Cadence }, settings: Settings): Cadence {
  return client.cadence ?? settings.cadenceByTier[client.tier ?? settings.defaultTier];
}
