import * as v from 'valibot';
import { SettingsSchema } from './settings';
import { filled } from './values';
import { describeIssue } from './issues';
import { META_KEYS } from './plain';

export { META_KEYS } from './plain';

/** App-wide values in the `meta` store, one entry per key. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * What a backup carries, each value with the schema it must fit. The rest describe this device's
 * database (its version, its passphrase envelope, its notification and pruning checkpoints, when it
 * was last backed up): a file neither carries nor sets them, so a backup carries its own
 * passphrase if any, and an imported checkpoint can never silence this device's notifications.
 * Settings from an older version may lack a newer field; the store fills in its default.
 */
export const PORTABLE_META = { [META_KEYS.settings]: v.partial(SettingsSchema) } as const;
export const DEVICE_META_KEYS: readonly string[] = [
  META_KEYS.schemaVersion,
  META_KEYS.lastBackupAt,
  META_KEYS.vault,
  META_KEYS.notifyCheckpoint,
  META_KEYS.seenPrunedAt,
];

/**
 * Team sync's entries (src/sync/): the connection, the sealed sign-in, the outbox and the server's
 * ids for records. They describe this device's link to one server, and a refresh token must never
 * travel in a backup file.
 */
const SYNC_META_KEY = /^sync(?:$|[-:])/;

/** Team sync's own entry (the connection, the sign-in, the outbox, the care team). */
export const isSyncMetaKey = (key: string): boolean => SYNC_META_KEY.test(key);

/** A key of this device's own, never written to a backup nor taken from one. */
export function isDeviceMetaKey(key: string): boolean {
  return DEVICE_META_KEYS.includes(key) || isSyncMetaKey(key);
}

/** A meta entry as a backup file may hold it: a known key; the value is checked by key. */
export const MetaEntrySchema = v.strictObject({ key: filled(100), value: v.unknown() });

/** Why an entry from a file cannot be imported; undefined when it can (or is a device key, then skipped). */
export function metaProblem(entry: MetaEntry): string | undefined {
  if (isDeviceMetaKey(entry.key)) return undefined;
  const schema = (PORTABLE_META as Record<string, v.GenericSchema>)[entry.key];
  if (!schema) return `${entry.key.slice(0, 50)}: not a setting Rapport knows`;
  const result = v.safeParse(schema, entry.value);
  return result.success ? undefined : `${entry.key}.${describeIssue(result.issues[0])}`;
}
