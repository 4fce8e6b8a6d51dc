import type { SiteProfile } from '../context/types';
import { applyPatch, buildRecord, deleteRecord, writeTx } from './base';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { isTombstone, type SiteRecord, type Tombstone } from './records';

// Taught site profiles: one per origin (the `by_origin` index is unique; tombstones are not indexed).

/** What a content script receives: the selectors, without the record's meta. */
export function profileOf(record: SiteRecord): SiteProfile {
  return { origin: record.origin, selectors: { ...record.selectors }, ...(record.dateOrder ? { dateOrder: record.dateOrder } : {}) };
}

export async function getSiteProfile(db: RapportDb, origin: string): Promise<SiteRecord | undefined> {
  const record = await db.getFromIndex('sites', 'by_origin', origin);
  return record && !isTombstone(record) ? record : undefined;
}

/** Every live profile, ordered by origin. */
export async function listSiteProfiles(db: RapportDb): Promise<SiteRecord[]> {
  const all = await db.getAllFromIndex('sites', 'by_origin');
  return all.filter((record): record is SiteRecord => !isTombstone(record));
}

/**
 * Teaching an origin again replaces its selectors (a new revision of the same record), in one
 * transaction so two panels saving at once cannot both insert and collide on the unique index.
 */
export async function saveSiteProfile(db: RapportDb, profile: SiteProfile, now: number): Promise<SiteRecord> {
  const tx = writeTx(db, 'sites');
  const existing = await tx.store.index('by_origin').get(profile.origin);
  const fields = { origin: profile.origin, selectors: { ...profile.selectors }, dateOrder: profile.dateOrder };
  const record =
    existing && !isTombstone(existing)
      ? applyPatch<'sites'>(existing, fields, now)
      : buildRecord<'sites'>(fields, now);
  await tx.store.put(record);
  await tx.done;
  notifyChanged({ store: 'sites', ids: [record.id] });
  return record;
}

export function deleteSiteProfile(db: RapportDb, id: string, now: number): Promise<Tombstone> {
  return deleteRecord(db, 'sites', id, now);
}

