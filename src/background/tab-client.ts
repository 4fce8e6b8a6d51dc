import type { TabContext } from '../messaging/schema';
import type { ClientRecord } from '../model/records';
import { systemForUrl } from '../context/site';
import { lookupSeenClient, recordSeenClient } from '../store/clients';
import type { RapportDb } from '../store/db';
import { codecOf } from '../store/vault/codec';

/**
 * The client a tab shows, resolved here once for every panel: a new page context is recorded as
 * a visit (found or created, and when and where the chart was seen) and its client id travels with
 * the context change; a panel asking later gets the same client by a read. Locked, nothing can be
 * read or sealed: no client, and the panel asks again once unlocked.
 */
export type TabClientResolver = (tab: TabContext, options: { recordVisit: boolean }) => Promise<ClientRecord | undefined>;

export function tabClientResolver(db: () => Promise<RapportDb>, now: () => number): TabClientResolver {
  return async (tab, { recordVisit }) => {
    const database = await db();
    if (!tab.context || codecOf(database).status === 'locked') return undefined;
    const seen = { context: tab.context, system: systemForUrl(tab.frameUrl, tab.context.source), url: tab.url, frameUrl: tab.frameUrl };
    if (!recordVisit) {
      const known = await lookupSeenClient(database, seen);
      if (known) return known;
    }
    return (await recordSeenClient(database, seen, now())).client;
  };
}
