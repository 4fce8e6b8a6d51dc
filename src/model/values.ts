import * as v from 'valibot';

/**
 * The value types every record and rule shares, each stated once as a schema with its type.
 * Bounds are the ones a real caseload never comes near and a hostile file cannot exceed.
 */

/** Text of at most `max` characters. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** Text with something in it. */
export const filled = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
export const SHORT_TEXT = 500;
export const LONG_TEXT = 100_000;
/** Keys to values of one kind, in a plain object (the schema library's record would take a list too). */
export const dictionary = <K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V) =>
  v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'not an object'),
    v.record(key, value),
  );
/** A record's id: random, never derived from PHI (domain/identity/ids.ts). */
export const RecordIdSchema = filled(200);
export const wholeNumber = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/**
 * An instant in epoch milliseconds: well inside what a Date can hold (±8.64e15), and within the
 * years 1000–8999 so that its calendar date, in any time zone, is still written YYYY-MM-DD.
 */
export const EARLIEST_MS = Date.UTC(1000, 0, 1);
export const LATEST_MS = Date.UTC(9000, 0, 1);
export const TimestampSchema = wholeNumber(EARLIEST_MS, LATEST_MS);

/** Whether `YYYY-MM-DD` names a day that exists (no 30 February). */
function isRealDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
/** A calendar date, YYYY-MM-DD, as the user's own calendar shows it. */
export const CalendarDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(isRealDay, 'not a calendar date'));
/** A wall-clock time, HH:MM on a 24-hour clock. */
export const ClockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const CADENCE_TIERS = ['high', 'medium', 'low'] as const;
export const CadenceTierSchema = v.picklist(CADENCE_TIERS);
export type CadenceTier = v.InferOutput<typeof CadenceTierSchema>;

/** How often a client should hear from us: ideally every `idealDays`, never beyond `maxDays`. */
export const CadenceSchema = v.pipe(
  v.strictObject({ idealDays: wholeNumber(1, 365), maxDays: wholeNumber(1, 730) }),
  v.check((cadence) => cadence.maxDays >= cadence.idealDays, 'the maximum is shorter than the ideal interval'),
);
export type Cadence = v.InferOutput<typeof CadenceSchema>;

/** CMS TCM complexity, chosen by the care manager: it sets the face-to-face deadline. */
export const TcmComplexitySchema = v.picklist(['moderate', 'high']);
export type TcmComplexity = v.InferOutput<typeof TcmComplexitySchema>;

/** LACE readmission index inputs (van Walraven et al., CMAJ 2010). */
export const LaceInputSchema = v.strictObject({
  /** Days in hospital; part days count down (a 20-hour stay is under one day). */
  lengthOfStayDays: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(36_500)),
  /** Acute or emergent admission. */
  acuteAdmission: v.boolean(),
  /** Charlson comorbidity index. */
  charlson: wholeNumber(0, 100),
  /** Emergency department visits in the 6 months before admission. */
  edVisits6m: wholeNumber(0, 10_000),
});
export type LaceInput = v.InferOutput<typeof LaceInputSchema>;

export const CONTACT_CHANNELS = ['call', 'text', 'email', 'visit', 'video', 'letter'] as const;
export const ContactChannelSchema = v.picklist(CONTACT_CHANNELS);
export type ContactChannel = v.InferOutput<typeof ContactChannelSchema>;
export const ContactDirectionSchema = v.picklist(['outbound', 'inbound']);
export type ContactDirection = v.InferOutput<typeof ContactDirectionSchema>;
export const ContactOutcomeSchema = v.picklist(['reached', 'voicemail', 'no-answer', 'message-sent']);
export type ContactOutcome = v.InferOutput<typeof ContactOutcomeSchema>;

export const CallbackStatusSchema = v.picklist(['open', 'done']);
export const PainPointStatusSchema = v.picklist(['open', 'relieved']);
export const DispositionActionSchema = v.picklist(['done', 'snoozed', 'dismissed']);

/** How a client likes to be reached; phrased back to the care manager as a reminder. */
export const ClientPreferencesSchema = v.strictObject({
  preferredChannel: v.optional(ContactChannelSchema),
  /** HH:MM, local to the client's time zone. */
  bestTimeStart: v.optional(ClockTimeSchema),
  bestTimeEnd: v.optional(ClockTimeSchema),
  /** BCP 47 tag or a plain name, e.g. "es" or "Spanish". */
  language: v.optional(text(100)),
  caregiver: v.optional(
    v.strictObject({ name: filled(200), relation: v.optional(text(100)), phone: v.optional(text(40)) }),
  ),
});
export type ClientPreferences = v.InferOutput<typeof ClientPreferencesSchema>;
