import { shortText } from '../parse/text';
import { normalizeField, type ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';

/**
 * "About Nnamdi", "Nnamdi's details": portals and family apps title the client's own section with the given name
 * alone, under a page heading that prints the whole name once. The section's heading is only the given name, never
 * the name read; the name is the one page heading, before the section, that opens with that given name. Two such
 * headings (two children of one family) name nobody.
 */
const GIVEN_TITLE = /^(?:[Aa]bout|[Ff]or|[Mm]eet)\s+(\p{Lu}[\p{L}'’-]+)$|^(\p{Lu}[\p{L}'’-]+)['’]s\s+\p{L}[\p{L}\s]*$/u;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

export function givenHeading(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const own = region.matches(HEADINGS) ? [region] : Array.from(region.querySelectorAll(HEADINGS)).slice(0, 3);
  for (const h of own) {
    const m = GIVEN_TITLE.exec(shortText(h, 60) ?? '');
    const given = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (!given) continue;
    const names = new Set<string>();
    for (const other of Array.from(region.ownerDocument.querySelectorAll(HEADINGS)).slice(0, 40)) {
      if (other === h || !(other.compareDocumentPosition(h) & 4) || !env.vis.isVisible(other)) continue;
      const text = shortText(other, 60) ?? '';
      const words = text.split(/\s+/);
      if (words.length < 2 || words[0]?.toLowerCase() !== given || !looksLikeShownName(text)) continue;
      const name = normalizeField('name', text, env)?.value;
      if (name) names.add(name);
    }
    if (names.size === 1) return { value: [...names][0] as string, how: 'the page heading the section names by its given name' };
    if (names.size > 1) return null;
  }
  return null;
}
