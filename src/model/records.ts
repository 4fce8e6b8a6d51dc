import * as v from 'valibot';
import { isChartUrlOf, type StoreName } from './plain';
import { DateOrderSchema, ContextFieldSchema, WebOriginSchema } from './context';
import {
  CadenceSchema,
  CadenceTierSchema,
  CalendarDateSchema,
  CallbackStatusSchema,
  ClientPreferencesSchema,
  ContactChannelSchema,
  ContactDirectionSchema,
  ContactOutcomeSchema,
  DispositionActionSchema,
  dictionary,
  filled,
  LaceInputSchema,
  LONG_TEXT,
  RecordIdSchema,
  PainPointStatusSchema,
  SHORT_TEXT,
  TcmComplexitySchema,
  text,
  TimestampSchema,
  wholeNumber,
} from './values';

/**
 * Record shapes of the IndexedDB database "rapport", each stated once. Every live record carries
 * its own meta; a deletion replaces the record with a Tombstone under the same id so that merges
 * and imports never bring it back. Tombstones lack the indexed fields, so no index lists them.
 * The schemas are strict: a key they do not name is refused, wherever a record comes from.
 */
const recordMeta = {
  id: RecordIdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  rev: wholeNumber(1, Number.MAX_SAFE_INTEGER),
};
export const RecordMetaSchema = v.strictObject(recordMeta);
export type RecordMeta = v.InferOutput<typeof RecordMetaSchema>;

/** A tombstone is its meta and nothing else: no field about the person survives a deletion. */
export const TombstoneSchema = v.strictObject({ ...recordMeta, deleted: v.literal(true) });
export type Tombstone = v.InferOutput<typeof TombstoneSchema>;

/** The plain parts of this vocabulary (names, checks) live apart, for code that loads no schema: every reader finds them here too. */
export { CLIENT_STORES, isChartUrlOf, isTombstone, originOfSystem, STORE_NAMES, type StoreName } from './plain';

const shortText = text(SHORT_TEXT);
const longText = text(LONG_TEXT);

/** Where a client was seen: system is the page origin (plus "#adapter" when one origin hosts several). */
export const ClientIdentitySchema = v.pipe(
  v.strictObject({
    system: filled(SHORT_TEXT),
    mrn: text(200),
    /** The chart's address in that system, for the caseload's "open chart". */
    lastUrl: v.optional(text(4096)),
    lastSeenAt: v.optional(TimestampSchema),
  }),
  v.forward(
    v.check((identity) => identity.lastUrl === undefined || isChartUrlOf(identity.system, identity.lastUrl), 'not an http(s) page of its own system'),
    ['lastUrl'],
  ),
);
export type ClientIdentity = v.InferOutput<typeof ClientIdentitySchema>;

/** Client fields a page can show (ClientContext minus adapter metadata). */
const pageFields = {
  name: filled(SHORT_TEXT),
  dob: v.optional(CalendarDateSchema),
  sex: v.optional(shortText),
  phone: v.optional(shortText),
  admitDate: v.optional(CalendarDateSchema),
  dischargeDate: v.optional(CalendarDateSchema),
  dischargeActual: v.optional(v.boolean()),
  location: v.optional(shortText),
};
export const PAGE_SOURCED_FIELDS = Object.keys(pageFields) as PageSourcedField[];
export type PageSourcedField = keyof typeof pageFields;

/**
 * Fields the store derives from others on every write (identity keys, search keys, the contact
 * summary). They are recomputed on import, never taken from a file.
 */
export const DERIVED_CLIENT_FIELDS = ['identityKeys', 'nameDobKey', 'searchName', 'lastSuccessAt', 'lastAttemptAt'] as const;
const derivedFields = {
  /** `${system}|${mrn}` for each identity: multiEntry index for exact look-up. */
  identityKeys: v.pipe(v.array(text(SHORT_TEXT + 210)), v.maxLength(100)),
  /** Normalised name + DOB: a match only proposes a merge. */
  nameDobKey: v.optional(text(SHORT_TEXT + 20)),
  /** Lower-cased name, for search by name. */
  searchName: text(SHORT_TEXT),
  /** The last successful contact and the last attempt, kept with every contact write. */
  lastSuccessAt: v.optional(TimestampSchema),
  lastAttemptAt: v.optional(TimestampSchema),
};

const clientFields = {
  ...recordMeta,
  ...pageFields,
  tcmComplexity: v.optional(TcmComplexitySchema),
  /** TCM work done for one discharge; it only counts while `dischargeDate` is the current one. */
  tcmDone: v.optional(
    v.strictObject({
      dischargeDate: CalendarDateSchema,
      faceToFaceOn: v.optional(CalendarDateSchema),
      medicationReconciledOn: v.optional(CalendarDateSchema),
    }),
  ),
  /** The LACE inputs last entered, and when. */
  lace: v.optional(v.strictObject({ ...LaceInputSchema.entries, at: TimestampSchema })),
  identities: v.pipe(v.array(ClientIdentitySchema), v.maxLength(100)),
  /**
   * Each page-sourced field as a page last showed it. A field whose value differs from this was
   * corrected by the user, and a later page visit must not undo the correction.
   */
  seenOnPage: v.optional(v.strictObject(v.partial(v.strictObject(pageFields)).entries)),
  /** How often this client should hear from us: a tier's defaults, or the client's own interval. */
  tier: v.optional(CadenceTierSchema),
  cadence: v.optional(CadenceSchema),
  preferences: v.optional(ClientPreferencesSchema),
  /**
   * When the client joined the caseload: the user added them, or acted for them. A client without
   * it was only seen (a chart looked at) and is forgotten after the retention the settings name.
   */
  enrolledAt: v.optional(TimestampSchema),
};

export const ClientRecordSchema = v.strictObject({ ...clientFields, ...derivedFields });
export type ClientRecord = v.InferOutput<typeof ClientRecordSchema>;

export const ContactRecordSchema = v.strictObject({
  ...recordMeta,
  clientId: RecordIdSchema,
  at: TimestampSchema,
  channel: ContactChannelSchema,
  direction: ContactDirectionSchema,
  outcome: ContactOutcomeSchema,
  note: v.optional(longText),
  tags: v.pipe(v.array(text(100)), v.maxLength(50)),
});
export type ContactRecord = v.InferOutput<typeof ContactRecordSchema>;

export const CallbackRecordSchema = v.strictObject({
  ...recordMeta,
  clientId: RecordIdSchema,
  dueAt: TimestampSchema,
  status: CallbackStatusSchema,
  reason: v.optional(longText),
  doneAt: v.optional(TimestampSchema),
});
export type CallbackRecord = v.InferOutput<typeof CallbackRecordSchema>;

export const ChecklistRecordSchema = v.strictObject({
  ...recordMeta,
  clientId: RecordIdSchema,
  templateId: filled(100),
  itemId: filled(200),
  /** Every time the act was done (epoch ms), newest last: the same act can be done again later. */
  ticks: v.pipe(v.array(TimestampSchema), v.maxLength(10_000)),
});
export type ChecklistRecord = v.InferOutput<typeof ChecklistRecordSchema>;

/** A site the user taught by pointing: selectors used first on that origin (schema v2). */
export const SiteRecordSchema = v.strictObject({
  ...recordMeta,
  origin: WebOriginSchema,
  selectors: dictionary(ContextFieldSchema, v.optional(text(500))),
  dateOrder: v.optional(DateOrderSchema),
});
export type SiteRecord = v.InferOutput<typeof SiteRecordSchema>;

/** What hurts, the root cause found, and when it was relieved (schema v2). */
export const PainPointRecordSchema = v.strictObject({
  ...recordMeta,
  clientId: RecordIdSchema,
  text: filled(LONG_TEXT),
  rootCause: v.optional(longText),
  status: PainPointStatusSchema,
  openedAt: TimestampSchema,
  relievedAt: v.optional(TimestampSchema),
});
export type PainPointRecord = v.InferOutput<typeof PainPointRecordSchema>;

/** How the user handled one occurrence of a suggestion, so it does not come back that day (schema v2). */
export const DispositionRecordSchema = v.strictObject({
  ...recordMeta,
  clientId: RecordIdSchema,
  ruleId: filled(100),
  key: filled(SHORT_TEXT),
  action: DispositionActionSchema,
  at: TimestampSchema,
  /** Snoozed until this instant; without it, until the next local day begins. */
  until: v.optional(TimestampSchema),
  reason: v.optional(longText),
});
export type DispositionRecord = v.InferOutput<typeof DispositionRecordSchema>;

export const RECORD_SCHEMAS = {
  clients: ClientRecordSchema,
  contacts: ContactRecordSchema,
  callbacks: CallbackRecordSchema,
  checklists: ChecklistRecordSchema,
  sites: SiteRecordSchema,
  painPoints: PainPointRecordSchema,
  dispositions: DispositionRecordSchema,
} as const;

export type StoreRecords = { [S in StoreName]: v.InferOutput<(typeof RECORD_SCHEMAS)[S]> };
export type Stored<S extends StoreName> = StoreRecords[S] | Tombstone;
