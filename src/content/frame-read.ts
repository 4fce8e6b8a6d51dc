import { takeSnapshot } from '../context/snapshot/take';
import type { Snapshot } from '../context/snapshot/types';
import { markedAdapter } from './page-markers';
import { mayShowClient } from './pre-check';
import type { ExtractContext } from './reader';

/** What a frame sends to be read (docs/reader-split.md); null for a page that cannot show a client. */
export type FrameRead = { snapshot: Snapshot; adapter?: string } | null;

/** The adapters whose site serves this URL (the background matches URLs: the registry decides). */
type SiteAdapters = (url: string) => Promise<readonly string[]>;

/**
 * The content script's half of reading: which site adapter the page is (its URL as the background
 * judged it, and the adapter's marker on the page) and what the page shows, as a snapshot taken in
 * slices. The rules run where the background sends it. A frame whose page cannot show a client (no
 * adapter, nothing taught, and the pre-check says no) sends no snapshot.
 */
export function frameReader(siteAdapters: SiteAdapters): ExtractContext<FrameRead> {
  return async (doc, url, options) => {
    const adapter = markedAdapter(doc, await siteAdapters(url));
    if (!adapter && !options.profile && !mayShowClient(doc)) return null;
    return { snapshot: await takeSnapshot(doc, options), ...(adapter ? { adapter } : {}) };
  };
}
