import type { SiteProfile } from '../model/context';
import { applyPatch, buildRecord, ContentionError, deleteRecord, getLive, MAX_ATTEMPTS, openLive } from './base';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';
import { codecOf } from './vault/codec';
import { isTombstone, type SiteRecord, type Tombstone } from '../model/records';

// Taught site profiles: one per origin (the `by_origin` index is unique; tombstones are not indexed).
// The origin stays in the clear when records are sealed (it names the EHR); the selectors do not.

/** What a content script receives: the selectors, without the record's meta. */
export function profileOf(record: SiteRecord): SiteProfile {
  return { origin: record.origin, selectors: { ...record.selectors }, ...(record.dateOrder ? { dateOrder: record.dateOrder } : {}) };
}

export async function getSiteProfile(db: RapportDb, origin: string): Promise<SiteRecord | undefined> {
  const record = await db.getFromIndex('sites', 'by_origin', origin);
  return record && !isTombstone(record) ? getLive(db, 'sites', record.id) : undefined;
}

/** Every live profile, ordered by origin. */
export async function listSiteProfiles(db: RapportDb): Promise<SiteRecord[]> {
  return openLive(db, 'sites', await db.getAllFromIndex('sites', 'by_origin'));
}

/**
 * Teaching an origin again replaces its selectors (a new revision of the same record). The record
 * is sealed between the read and the write; the write checks that nobody saved that origin in
 * between, so two panels saving at once cannot both insert and collide on the unique index.
 */
export async function saveSiteProfile(db: RapportDb, profile: SiteProfile, now: number): Promise<SiteRecord> {
  const fields = { origin: profile.origin, selectors: { ...profile.selectors }, dateOrder: profile.dateOrder };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const stored = await db.getFromIndex('sites', 'by_origin', profile.origin);
    const existing = stored && !isTombstone(stored) ? await getLive(db, 'sites', stored.id) : undefined;
    const record = existing ? applyPatch<'sites'>(existing, fields, now) : buildRecord<'sites'>(fields, now);
    const sealed = await codecOf(db).seal('sites', record);
    const tx = db.transaction('sites', 'readwrite');
    tx.done.catch(() => {});
    const latest = await tx.store.index('by_origin').get(profile.origin);
    if ((latest?.id ?? '') !== (stored?.id ?? '') || latest?.rev !== stored?.rev) {
      await tx.done;
      continue;
    }
    await tx.store.put(sealed);
    await tx.done;
    notifyChanged({ store: 'sites', ids: [record.id] });
    return record;
  }
  throw new ContentionError('sites', profile.origin);
}

export function deleteSiteProfile(db: RapportDb, id: string, now: number): Promise<Tombstone> {
  return deleteRecord(db, 'sites', id, now);
}
