/** The text an element's aria-label, or the elements its aria-labelledby points at, give it as its name. */
export function accessibleName(el: Element): string {
  const by = el.getAttribute('aria-labelledby');
  const named = by ? by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ') : el.getAttribute('aria-label');
  return (named ?? '').replace(/\s+/g, ' ').trim();
}
