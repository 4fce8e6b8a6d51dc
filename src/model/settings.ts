import * as v from 'valibot';
import { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS } from './plain';
import { CADENCE_TIERS, CadenceSchema, CadenceTierSchema, CalendarDateSchema, wholeNumber } from './values';

/** The user's own working week: callback promptness targets are counted in these hours only. */
export const WorkScheduleSchema = v.pipe(
  v.strictObject({
    timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    /** 0 = Sunday … 6 = Saturday */
    workingDays: v.pipe(v.array(wholeNumber(0, 6)), v.minLength(1), v.maxLength(7)),
    /** Minutes after local midnight; `endMinutes` may be 1440 for a day that runs to midnight. */
    startMinutes: wholeNumber(0, 1439),
    endMinutes: wholeNumber(1, 1440),
    holidays: v.picklist(['us-federal', 'none']),
    /** YYYY-MM-DD, e.g. an agency's own closure days. */
    extraHolidays: v.pipe(v.array(CalendarDateSchema), v.maxLength(1000)),
  }),
  v.check((schedule) => schedule.endMinutes > schedule.startMinutes, 'the working day ends before it starts'),
);
export type WorkSchedule = v.InferOutput<typeof WorkScheduleSchema>;

export { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS } from './plain';

/** The care manager's own rules: working hours, promptness, privacy of names on screen. */
export const SettingsSchema = v.strictObject({
  schedule: WorkScheduleSchema,
  /** A returned call is due this many business hours after the client called. */
  promptnessHours: wholeNumber(1, 72),
  cadenceByTier: v.strictObject(Object.fromEntries(CADENCE_TIERS.map((tier) => [tier, CadenceSchema])) as Record<(typeof CADENCE_TIERS)[number], typeof CadenceSchema>),
  defaultTier: CadenceTierSchema,
  /** Desktop notification when a callback falls due. */
  notifyWhenDue: v.boolean(),
  /** Names in the badge tooltip and notifications: visible to anyone passing the screen. */
  showNamesOutsidePanel: v.boolean(),
  /** With a passphrase set, Rapport locks after this long without keyboard or mouse use. */
  lockAfterMinutes: wholeNumber(LOCK_AFTER_MINUTES.min, LOCK_AFTER_MINUTES.max),
  /** Clients only seen (never added to the caseload nor acted for) are forgotten after this many days. */
  seenRetentionDays: wholeNumber(SEEN_RETENTION_DAYS.min, SEEN_RETENTION_DAYS.max),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
