import { textApartAtTouches } from './touching-chips';
import type { ReadEnv } from '../reading';
import { initialBeside } from './shown-initial';
import { currentControlNames } from './current-control-name';

/**
 * Whether the page visibly names a person its structured data describes: app state, which may cache
 * anyone, counts only for a person the page shows.
 */

const MAX_TEXT_NODES = 30000;

/** Whether a visible text on the page names this person (family name, with the given name beside it). */
export async function shownOnPage(doc: Document, env: ReadEnv, name: string): Promise<boolean> {
  const words = name.toLowerCase().replace(/\./g, '').split(' ').filter((w) => w.length > 1);
  const family = words[words.length - 1];
  const given = words[0];
  if (!family || !given) return false;
  return someShownText(doc, env, (text, parent) => {
    if (!text.toLowerCase().includes(family)) return false;
    // Or the surname alone on the control marked as the open one (current-control-name.ts).
    if (currentControlNames(text, parent, family)) return true;
    // Chips side by side with no white space between them read apart (touching-chips.ts).
    const around = (parent.parentElement ? textApartAtTouches(parent.parentElement, 300) : null) ?? text;
    const lower = around.toLowerCase();
    // Or its initial (shown-initial.ts).
    return lower.includes(given) || initialBeside(lower, given, family);
  });
}

/** Whether a shown text of the page (one text node, a short one) passes `test`: the walk the app-state checks share. */
export async function someShownText(doc: Document, env: ReadEnv, test: (text: string, parent: Element) => boolean): Promise<boolean> {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = 0; n < MAX_TEXT_NODES; n++) {
    if (n % 64 === 0 && env.slicer.due()) await env.slicer.pause();
    const node = walker.nextNode();
    if (!node) return false;
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (text.length <= 400 && parent && test(text, parent) && env.vis.isVisible(parent)) return true;
  }
  return false;
}
