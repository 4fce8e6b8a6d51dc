/** The signed-in user's statement: the bar holding it is the app's, not the record's. */
const SESSION = /\b(?:signed|logged) in as\b/i;
/**
 * Or a greeting beside the way out: admin frameworks' user tools ("Welcome, <strong>…</strong>. View site / Change
 * password / Log out", Django admin) greet the staff member signed in, the record's client is in the form below.
 */
const GREETED = /^\s*(?:welcome(?:\s+back)?|hello|hi)\s*,[^]*\blog\s?(?:out|off)\b/i;
/** A top bar is a line or two; past this the ancestor is the page holding the record too. */
const BAR_CHARS = 240;

/**
 * An app's top bar states who is signed in ("Records Management — Legal Hold Register · Signed in as …"),
 * and its module's name in bold there reads like a person's two capitalised words. Searched from a banner
 * nested a few divs deep, that bar is "before" the banner and its bold text was taken for the client's name
 * (a wrong client, when the page's content was merely wrapped deeper). Nothing in that short bar names the
 * client: only the app, its module, the user and their site. The bar is what holds the candidate but not the
 * banner: a small page's whole shell may be short and hold the user's line and the banner both.
 */
export function inSessionBar(el: Element, banner: Element): boolean {
  for (let cur: Element | null = el; cur && !cur.contains(banner); cur = cur.parentElement) {
    const text = cur.textContent ?? '';
    if (text.length > BAR_CHARS) return false;
    if (SESSION.test(text) || GREETED.test(text)) return true;
  }
  return false;
}
