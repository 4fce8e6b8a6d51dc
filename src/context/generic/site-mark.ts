import { tagOf } from '../tag';

/** Class and id words of an app's own mark: its logo or brand. */
const MARK = /logo|brand/i;

/**
 * The app's name in its navigation or logo ("<nav><div class=app-logo><b>Northstar UM</b></div>…") reads like a
 * person's two capitalised words, and low-code apps put it in bold just before the record's body: text inside
 * the site's navigation or its mark never names the client.
 */
export function inSiteChrome(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (tagOf(cur) === 'NAV' || cur.getAttribute('role') === 'navigation') return true;
    if (MARK.test(cur.getAttribute('class') ?? '') || MARK.test(cur.id)) return true;
  }
  return false;
}
