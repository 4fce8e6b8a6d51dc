/** The page's half of matching a site: URL alone is never proof of which product a page is. */
export function marked(doc: Document, marker: string): boolean {
  try {
    return doc.querySelector(marker) !== null;
  } catch {
    return false;
  }
}
