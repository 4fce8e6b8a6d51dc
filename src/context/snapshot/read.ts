import type { ClientContext, SiteProfile } from '../types';
import type { SiteAdapter } from '../adapters/types';
import { readerFor } from '../adapters/run';
import { readClientContext } from '../read';
import { readStructured } from '../generic/structured';
import { BUILT_IN_SHAPES } from '../shapes';
import { rebuildPage } from './rebuild';
import type { Snapshot } from './types';

export interface SnapshotRead {
  url: string;
  snapshot: Snapshot;
  /** The site's adapter whose marker the live page carries (the frame judged it). */
  adapter?: string;
  profile?: SiteProfile;
}

/**
 * A frame's reading, made where the rules are (docs/reader-split.md): the page rebuilt from its
 * snapshot in a windowless document of `impl`, read as the frame would have read it, with the one of
 * `adapters` the frame named. Null for a
 * snapshot cut at a cap, and whenever anything fails: no reading beats a wrong one.
 */
export async function readSnapshot(request: SnapshotRead, impl: DOMImplementation, adapters: readonly SiteAdapter[], options: { today?: string } = {}): Promise<ClientContext | null> {
  let doc: Document | null;
  try {
    doc = rebuildPage(request.snapshot, impl);
  } catch {
    return null;
  }
  if (!doc) return null;
  const adapter = adapters.find((a) => a.id === request.adapter);
  return readClientContext(doc, request.url, adapter ? readerFor(adapter) : null, { structured: readStructured, shapes: BUILT_IN_SHAPES }, { ...options, ...(request.profile ? { profile: request.profile } : {}) });
}
