/**
 * Chromium's XML viewer: the page a raw XML file (a C-CDA opened with no stylesheet) opens as. It keeps
 * the file, hidden, for extensions (read as structured data, cda-raw.ts) and prints its markup beside it
 * as a tree of tags: every person's name, number and date in the file, as text. That tree is never a
 * page whose visible values describe one client.
 */
export const xmlViewerSource = (doc: Document): Element | null => doc.getElementById('webkit-xml-viewer-source-xml');
