import { adapterMatchById } from './adapters/registry';

/**
 * The identity "system" of a page (DESIGN.md, Identity): its origin, plus "#adapterId" only when
 * the adapter says one origin hosts several systems. Never the adapter id alone — the same MRN at
 * two hospitals running the same product is two people.
 */
export function systemForUrl(url: string, adapterId?: string): string {
  let origin: string;
  try {
    const u = new URL(url);
    // Opaque origins (file:, data:) all print as "null"; keep the path so they stay distinct.
    origin = u.origin !== 'null' ? u.origin : `${u.protocol}${u.pathname}`;
  } catch {
    origin = url.split('#')[0] ?? url;
  }
  const adapter = adapterId ? adapterMatchById(adapterId) : undefined;
  return adapter?.sharedOrigin ? `${origin}#${adapter.id}` : origin;
}
