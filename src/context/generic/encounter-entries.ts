const TITLES = 'h1,h2,h3,h4,h5,h6,caption,legend,summary,dt';
const ENCOUNTER_TITLE = /^encounter\b/i;

/** The boxes an "Encounter …" title heads, outside the patient's block: a whole-record export's entries. */
export function encounterEntries(doc: Document, block: Element): Element[] {
  const found: Element[] = [];
  for (const title of Array.from(doc.querySelectorAll(TITLES)).slice(0, 200)) {
    const box = title.parentElement;
    if (box && !box.contains(block) && !block.contains(box) && ENCOUNTER_TITLE.test(title.textContent?.trim() ?? '')) found.push(box);
  }
  return found;
}
