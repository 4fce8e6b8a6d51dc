import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';

const PARTS = /\s+[-–—|·•:]\s+/;
/** The object type alone, or with the view's word: "Member", "Client Overview" (never "Workspace Member Settings"). */
const KIND = /^(?:patient|client|member|resident)(?: (?:record|overview|chart|profile))?$/i;

/**
 * Record apps title the window with the record's name and its object type ("Priya Raghunathan - Member",
 * "Jane Doe | Client"), and show the name alone in a card of no named markup (hashed classes, no heading)
 * above its fields. The name counts when the title says whose record it is and the page shows that name
 * alone, before the facts read or among them. A staff profile or a list is titled by other words.
 */
export function titleName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const doc = region.ownerDocument;
  const parts = doc.title.trim().split(PARTS);
  if (parts.length < 2 || parts.length > 4) return null;
  const name = parts.find((p) => p.includes(' ') && p.length <= 60 && looksLikeShownName(p));
  const kind = parts.find((p) => p !== name && KIND.test(p));
  if (!name || !kind) return null;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let node: Node | null;
  for (let k = 0; (node = walker.nextNode()) && k < 3000; k++) {
    if (node.nodeValue?.trim() !== name) continue;
    const el = node.parentElement;
    if (!el || !env.vis.isVisible(el) || shortText(el, 80) !== name) continue;
    if (region.contains(el) || el.compareDocumentPosition(region) & 4) return { value: name, how: "window title" };
  }
  return null;
}
