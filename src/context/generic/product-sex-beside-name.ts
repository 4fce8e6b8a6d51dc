import { shortText } from '../parse/text';

/**
 * Chart banners print the sex alone right after the client's name (a gender icon and "Female" beside
 * "Lucía Ortiz"), with no label and outside the banner's line of identity values: a sex word alone in
 * the element that follows the one printing the name read. The reader asks only where the banner shows
 * such a word.
 */
export function sexBesideName(banner: Element, name: string, seen: (e: Element) => boolean): string | null {
  // A live collection taken by index: the banner may be a whole page's region, and only its first 80 elements count.
  const all = banner.getElementsByTagName('*');
  for (let i = 0; i < 80 && all[i]; i++) {
    const e = all[i] as Element;
    // Room for the white space a server template indents the word with.
    const sex = shortText(e, 40);
    const before = sex && /^(?:fe)?male$/i.test(sex) ? e.previousElementSibling : null;
    if (before && shortText(before, 80) === name && seen(e)) return sex;
  }
  return null;
}
