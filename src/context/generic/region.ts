import { up } from '../dom';

// By local name, lower case in HTML and XHTML documents alike.
const TOP_LEVEL = new Set(['body', 'main', 'html']);

/** The closest element holding every banner, within a few levels of each; null when only the page does. */
export function commonRegion(banners: Element[]): Element | null {
  let region: Element | null = banners[0] ?? null;
  for (const b of banners.slice(1, 20)) {
    let steps = 0;
    while (region && !holds(region, b) && steps++ < 4) region = up(region);
    if (!region || !holds(region, b)) return null;
  }
  return region && !TOP_LEVEL.has(region.localName) ? region : null;
}

/**
 * Whether `b` is inside `region` in the flat tree: `contains` stops at shadow roots, and web components keep each
 * labelled field in a shadow root of its own (a design system's text input, its label inside), so two fields of one
 * banner would share no region.
 */
function holds(region: Element, b: Element): boolean {
  if (region.contains(b)) return true;
  for (let host = hostOf(b); host; host = hostOf(host)) if (region.contains(host)) return true;
  return false;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 && root.host ? root.host : null;
}
