import type { RapportDb } from '../store/db';
import { getSiteProfile, profileOf } from '../store/sites';
import type { SiteProfile } from '../model/context';

/**
 * The taught profile for the origin a content script runs on, taken from the sender (never from
 * the message), so a frame only ever learns the selectors of its own origin.
 */
export async function profileForFrame(db: RapportDb, frameUrl: string | undefined): Promise<SiteProfile | null> {
  let origin: string;
  try {
    const url = new URL(frameUrl ?? '');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    origin = url.origin;
  } catch {
    return null;
  }
  const record = await getSiteProfile(db, origin);
  return record ? profileOf(record) : null;
}
