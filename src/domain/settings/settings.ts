import { DEFAULT_CADENCE_BY_TIER, type Cadence, type CadenceTier } from '../contacts/cadence';
import { DEFAULT_SCHEDULE, type WorkSchedule } from '../time/business-time';

/** The care manager's own rules: working hours, promptness, privacy of names on screen. */
export interface Settings {
  schedule: WorkSchedule;
  /** A returned call is due this many business hours after the client called. */
  promptnessHours: number;
  cadenceByTier: Record<CadenceTier, Cadence>;
  defaultTier: CadenceTier;
  /** Desktop notification when a callback falls due. */
  notifyWhenDue: boolean;
  /** Names in the badge tooltip and notifications: visible to anyone passing the screen. */
  showNamesOutsidePanel: boolean;
  /** With a passphrase set, Rapport locks after this long without keyboard or mouse use. */
  lockAfterMinutes: number;
}

/** A minute at least (the browser's idle detection starts at 15 s); four hours outlasts any pause in a working day. */
export const LOCK_AFTER_MINUTES = { min: 1, max: 240, default: 15 } as const;

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
  };
}

const isWholeInRange = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function validCadence(c: unknown): c is Cadence {
  const cadence = c as Cadence;
  return (
    typeof c === 'object' &&
    c !== null &&
    isWholeInRange(cadence.idealDays, 1, 365) &&
    isWholeInRange(cadence.maxDays, cadence.idealDays, 730)
  );
}

/**
 * Stored settings come back through a boundary (another version may have written them): keep every
 * valid field, fall back to the default for each invalid one, never throw.
 */
export function normaliseSettings(raw: unknown, timeZone: string): Settings {
  const base = defaultSettings(timeZone);
  if (typeof raw !== 'object' || raw === null) return base;
  const input = raw as Partial<Settings>;
  const schedule = (input.schedule ?? {}) as Partial<WorkSchedule>;
  const tiers: CadenceTier[] = ['high', 'medium', 'low'];
  return {
    schedule: {
      timeZone: typeof schedule.timeZone === 'string' && isKnownZone(schedule.timeZone) ? schedule.timeZone : base.schedule.timeZone,
      workingDays:
        Array.isArray(schedule.workingDays) && schedule.workingDays.length > 0 && schedule.workingDays.every((d) => isWholeInRange(d, 0, 6))
          ? [...new Set(schedule.workingDays)].sort()
          : base.schedule.workingDays,
      startMinutes: isWholeInRange(schedule.startMinutes, 0, 1439) ? schedule.startMinutes : base.schedule.startMinutes,
      endMinutes:
        isWholeInRange(schedule.endMinutes, 1, 1440) && schedule.endMinutes > (schedule.startMinutes ?? base.schedule.startMinutes)
          ? schedule.endMinutes
          : base.schedule.endMinutes,
      holidays: schedule.holidays === 'none' ? 'none' : 'us-federal',
      extraHolidays: Array.isArray(schedule.extraHolidays)
        ? schedule.extraHolidays.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
        : [],
    },
    promptnessHours: isWholeInRange(input.promptnessHours, 1, 72) ? input.promptnessHours : base.promptnessHours,
    cadenceByTier: Object.fromEntries(
      tiers.map((tier) => [tier, validCadence(input.cadenceByTier?.[tier]) ? { ...input.cadenceByTier[tier] } : base.cadenceByTier[tier]]),
    ) as Record<CadenceTier, Cadence>,
    defaultTier: tiers.includes(input.defaultTier as CadenceTier) ? (input.defaultTier as CadenceTier) : base.defaultTier,
    notifyWhenDue: input.notifyWhenDue === true,
    showNamesOutsidePanel: input.showNamesOutsidePanel === true,
    lockAfterMinutes: isWholeInRange(input.lockAfterMinutes, LOCK_AFTER_MINUTES.min, LOCK_AFTER_MINUTES.max)
      ? input.lockAfterMinutes
      : base.lockAfterMinutes,
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
