import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import { checkFhirBase } from './transport';
import { SyncError } from './errors';

/**
 * Team sync as configured in this browser: which server, which SMART client, and who signed in.
 * No tokens and no client data: those live apart (token-store.ts), so this entry can stay readable
 * without the passphrase and the options page can say "Connected as …" while Rapport is locked.
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

/** What the user typed, checked; the SyncError says what to fix. */
export function checkConnectionInput(fhirBase: string, clientId: string, allowLoopbackHttp: boolean): { fhirBase: string; clientId: string } {
  const base = checkFhirBase(fhirBase, allowLoopbackHttp).toString();
  const id = clientId.trim();
  if (!/^[\x21-\x7e]{1,256}$/.test(id)) {
    throw new SyncError('refused-url', 'Enter the client id your administrator registered for Rapport (letters, digits and punctuation, no spaces).');
  }
  return { fhirBase: base, clientId: id };
}

/** The origin permission pattern for a FHIR base, as `permissions.request` wants it. */
export function originPattern(fhirBase: string): string {
  return `${new URL(fhirBase).origin}/*`;
}

/** A damaged or foreign entry reads as "sync off": never as a half-configured connection. */
export function parseSyncSettings(value: unknown): SyncSettings {
  const parsed = v.safeParse(SyncSettingsSchema, value);
  return parsed.success ? parsed.output : { ...SYNC_OFF };
}

export async function loadSyncSettings(db: RapportDb): Promise<SyncSettings> {
  return parseSyncSettings((await db.get('meta', SYNC_SETTINGS_KEY))?.value);
}

export async function saveSyncSettings(db: RapportDb, settings: SyncSettings): Promise<SyncSettings> {
  const clean = v.parse(SyncSettingsSchema, settings);
  await db.put('meta', { key: SYNC_SETTINGS_KEY, value: clean });
  notifyChanged({ store: 'meta', ids: [SYNC_SETTINGS_KEY] });
  return clean;
}
