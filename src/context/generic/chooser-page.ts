/**
 * A patient-selection page (`/patient-select`, "Select Patient", "Patient Selection") lists the people the user may
 * open and often repeats the highlighted one in a detail box beside the OK button: no chart is open yet, so nobody on
 * it is the client. Only the address's last path segment and the document's title count; a search page can show one
 * member's result, so "search" alone is not a chooser.
 */
const CHOOSER = /^(?:(?:patient|client|member|resident)s?[\s_-]*select(?:ion|or)?|select(?:ion)?[\s_-]*(?:a[\s_-]+)?(?:patient|client|member|resident)s?|choose[\s_-]*(?:a[\s_-]+)?(?:patient|client|member|resident)s?)(?:\.\w+)?$/i;

export function isChooserPage(url: string, doc: Document): boolean {
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    // An address that is not a URL names no segment.
  }
  const title = (doc.title ?? '').split(/\s+[-–—|·:]\s+/).map((t) => t.trim());
  return CHOOSER.test(last) || title.some((t) => CHOOSER.test(t));
}
