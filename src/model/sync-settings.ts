import * as v from 'valibot';

/**
 * Team sync as configured in this browser: which server, which SMART client, and who signed in.
 * No tokens and no client data: those live apart (sync/token-store.ts), so this entry can stay
 * readable without the passphrase and the options page can say "Connected as …" while Rapport is
 * locked. Stated here, on the ground floor, because the store reads it too: a write queues its
 * change for the team only while sync is on.
 */
export const SYNC_SETTINGS_KEY = 'sync';

const FhirUser = v.pipe(v.string(), v.regex(/^(?:https?:\/\/\S+\/)?(?:Practitioner|PractitionerRole|Person|Patient|RelatedPerson)\/[A-Za-z0-9\-.]{1,64}$/));

export const SyncSettingsSchema = v.object({
  /** Off by default: with it off Rapport makes no network request at all. */
  enabled: v.boolean(),
  /** Normalised FHIR base (https, trailing slash); empty until the user enters one. */
  fhirBase: v.pipe(v.string(), v.maxLength(2048)),
  clientId: v.pipe(v.string(), v.maxLength(256)),
  /** The signed-in user's FHIR resource, from the token response (SMART `fhirUser`). */
  fhirUser: v.optional(FhirUser),
  /** A role the team server gives the user (e.g. supervisor); set by the team features later. */
  role: v.optional(v.picklist(['care-manager', 'supervisor'])),
  connectedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The last failure, in words, so a reopened options page can still say what went wrong. */
  lastError: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export type SyncSettings = v.InferOutput<typeof SyncSettingsSchema>;

export const SYNC_OFF: SyncSettings = { enabled: false, fhirBase: '', clientId: '' };

/** A damaged or foreign entry reads as "sync off": never as a half-configured connection. */
export function parseSyncSettings(value: unknown): SyncSettings {
  const parsed = v.safeParse(SyncSettingsSchema, value);
  return parsed.success ? parsed.output : { ...SYNC_OFF };
}

/** On and pointed at a server: changes are kept for it. */
export const syncIsOn = (settings: SyncSettings): boolean => settings.enabled && settings.fhirBase !== '';

/** How team sync stands, as the background answers a page's `sync/status`. */
export const SyncStatusViewSchema = v.strictObject({
  /** Off: nothing is queued or sent; the rest is empty. */
  on: v.boolean(),
  /** When the team server last had every change made here. */
  lastSyncedAt: v.optional(v.number()),
  /** Changes made here the server has not had yet. */
  waiting: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The last failure, in words; absent after a success. */
  lastError: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** The server refused the sign-in: nothing moves until the user signs in again. */
  needsSignIn: v.boolean(),
});
export type SyncStatusView = v.InferOutput<typeof SyncStatusViewSchema>;
