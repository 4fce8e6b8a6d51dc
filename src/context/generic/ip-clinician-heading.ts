/**
 * A page whose heading prints the name read with a clinician's credential after it ("Delia Montrose, RN")
 * is that clinician's own page (a profile, a staff record, the logged-in user's settings): it labels a
 * name, a phone and dates as a client's record does, and none of them is a client's. Clients are never
 * titled by a credential, so the name read is a colleague's and the page is no client's.
 */
const CREDENTIAL = /^,?\s*(?:md|do|rn|np|pa-?c|aprn|fnp|phd|lcsw|msw|lpn|cna|pharmd|dds|ccm|cm)\b/i;
const HEADINGS = ['h1', 'h2', 'h3'];
/** Headings looked at per level: a chart's title comes early. */
const MAX_HEADINGS = 20;

export function clinicianHeading(doc: Document, name: string): boolean {
  const key = name.toLowerCase().replace(/\.(?=\s|$)/g, '');
  for (const tag of HEADINGS) {
    const list = doc.getElementsByTagName(tag);
    // Taken by index, never asked for its length: a live collection's length walks the whole page.
    for (let i = 0, h = list[0]; h && i < MAX_HEADINGS; h = list[++i]) {
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      if (text.startsWith(key) && CREDENTIAL.test(text.slice(key.length))) return true;
    }
  }
  return false;
}
