import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { looksLikeShownName } from './name-shape';

type Found = ReturnType<typeof nameFrom>;

/** A card's caption saying what it is about: "Conversation about patient", "Chat regarding patient", "Re: client". */
const ABOUT = /^(?:(?:conversation|chat|thread|message|messages|discussion|request)\s+)?(?:about|regarding|re:?|concerning)\s+(?:the\s+)?(?:patient|client|member|resident)\s*:?$/i;

/**
 * Secure-chat apps pin a card over a conversation that opens with a caption saying whom it is about, then the name on
 * a line of its own, unmarked, then the identity ("<div>Conversation about patient</div><div>Delgado-Reyes, Marcus
 * A</div><div>DOB: …"). The line after the caption is the client's name when it reads as one, alone in its element.
 * Asked only when nothing near the labelled identity names the client.
 */
export function aboutCaptionName(region: Element, env: ReadEnv): Found {
  for (let scope: Element | null = region, k = 0; scope && k < 3 && scope !== scope.ownerDocument.body; scope = scope.parentElement, k++) {
    const lines = shownLines(scope, env, 2);
    const [caption, name] = lines;
    if (!caption || !ABOUT.test(shortText(caption, 60) ?? '')) continue;
    const text = name ? shortText(name, 80) : null;
    if (!name || !text || name.childElementCount > 0 || text.split(/\s+/).length > 5 || !looksLikeShownName(text)) return null;
    return nameFrom(name, env, false);
  }
  return null;
}

/** The elements of the first few shown text lines, in reading order. */
function shownLines(scope: Element, env: ReadEnv, count: number): Element[] {
  const texts = scope.ownerDocument.createTreeWalker(scope, 4);
  const out: Element[] = [];
  let node: Node | null;
  for (let k = 0; out.length < count && (node = texts.nextNode()) && k < 100; k++) {
    const el = node.parentElement;
    if (!node.nodeValue?.trim() || !el || out.includes(el) || !env.vis.isVisible(el)) continue;
    out.push(el);
  }
  return out;
}
