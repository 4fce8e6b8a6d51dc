import { tagOf } from '../tag';

const KEY_TAGS = new Set(['SPAN', 'LABEL', 'DIV']);

/**
 * Card layouts print each field as a key/value row of two plain elements ("<div><span class=k>Caregiver /
 * authorized rep</span><span class=v>Walter Kowalczyk (son) · DOB 05/14/1972</span></div>"): no heading tag
 * marks the key, so a section check never sees it. A row whose key names another person (the holder
 * pattern: caregiver, guardian, policy holder…) holds that person's values, its birth date and record number
 * too. Only a row of exactly two elements, a short key before the value, so a form led by such a caption is
 * not taken for one. A definition list pairs them the same way without a row: the <dd> after a <dt> that names
 * another person ("<dt>Father of baby</dt><dd>Ivo Brandt · DOB …</dd>", a home-visiting profile's support people)
 * is that person's.
 */
export function othersKeyRow(el: Element, holder: RegExp): boolean {
  const dd = el.closest('dd');
  const term = dd?.previousElementSibling;
  if (term && tagOf(term) === 'DT' && holderKey(term, holder)) return true;
  for (let row: Element | null = el, k = 0; row && k < 2; row = row.parentElement, k++) {
    if (row.children.length !== 2) continue;
    const key = row.firstElementChild as Element;
    if (key === el || key.contains(el) || !KEY_TAGS.has(tagOf(key)) || key.children.length > 1) continue;
    if (holderKey(key, holder)) return true;
  }
  return false;
}

function holderKey(key: Element, holder: RegExp): boolean {
  const words = (key.textContent ?? '').trim();
  return words.length > 0 && words.length <= 40 && holder.test(words);
}
