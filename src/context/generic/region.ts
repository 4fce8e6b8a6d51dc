import { up } from '../dom';

// By local name, lower case in HTML and XHTML documents alike.
const TOP_LEVEL = new Set(['body', 'main', 'html']);

/** The closest element holding every banner, within a few levels of each; null when only the page does. */
export function commonRegion(banners: Element[]): Element | null {
  let region: Element | null = banners[0] ?? null;
  for (const b of banners.slice(1, 20)) {
    let steps = 0;
    while (region && !region.contains(b) && steps++ < 4) region = up(region);
    if (!region || !region.contains(b)) return null;
  }
  return region && !TOP_LEVEL.has(region.localName) ? region : null;
}
