import type { Tombstone } from './records';

/**
 * The plain parts of the model: store and meta key names, bounds and the checks that need no
 * schema. Apart from the schemas (records.ts, meta.ts, settings.ts re-export them) so that code
 * which only names a store or a key, such as the side panel's first screen, loads no schema
 * library (issue 11 "Weight").
 */

export const STORE_NAMES = ['clients', 'contacts', 'callbacks', 'checklists', 'sites', 'painPoints', 'dispositions'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** Stores whose records belong to one client through `clientId`. */
export const CLIENT_STORES = ['contacts', 'callbacks', 'checklists', 'painPoints', 'dispositions'] as const;

/** The origin part of a system ("https://ehr.example.org#adapter" → "https://ehr.example.org"). */
export function originOfSystem(system: string): string {
  return system.split('#')[0] ?? system;
}

/** Only http(s), and only on its own system: a stored chart link can never open anything else. */
export function isChartUrlOf(system: string, chartUrl: string): boolean {
  try {
    const url = new URL(chartUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === originOfSystem(system);
  } catch {
    return false;
  }
}

/** A deleted record: its meta and `deleted`, nothing else. */
export function isTombstone(record: object): record is Tombstone {
  return (record as Partial<Tombstone>).deleted === true;
}

/** Every meta key there is, named once. */
export const META_KEYS = {
  settings: 'settings',
  schemaVersion: 'schemaVersion',
  lastBackupAt: 'lastBackupAt',
  /** The passphrase envelope of the data key. */
  vault: 'vault',
  /** The instant up to which due callbacks were considered for a notification. */
  notifyCheckpoint: 'notify:checkedThrough',
  /** When clients only seen were last pruned. */
  seenPrunedAt: 'seen:prunedAt',
} as const;

/** A minute at least (the browser's idle detection starts at 15 s); four hours outlasts any pause in a working day. */
export const LOCK_AFTER_MINUTES = { min: 1, max: 240, default: 15 } as const;
/** How long a chart only looked at is remembered; a day at least, a year at most. */
export const SEEN_RETENTION_DAYS = { min: 1, max: 365, default: 30 } as const;
