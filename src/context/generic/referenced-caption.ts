/**
 * Captions only assistive technology reads. A bare value may point at its caption: a hidden tooltip it is
 * described by ("<span aria-describedby="t1">MBR-…</span>" … "<div role=tooltip id=t1>Member ID</div>") or a
 * visually hidden caption it is labelled by. Only a value with no markup of its own: a section labelled by its
 * heading holds many values, none of them its caption's.
 */
export function referencedCaption(el: Element): string | null {
  if (el.firstElementChild) return null;
  for (const attr of ['aria-labelledby', 'aria-describedby']) {
    const ids = el.getAttribute(attr);
    if (!ids) continue;
    const targets = ids.split(/\s+/).map((id) => el.ownerDocument.getElementById(id));
    if (targets.some((t) => !t || t.contains(el) || el.contains(t))) continue;
    const text = targets.map((t) => t?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    if (text && text.length <= 40) return text;
  }
  return null;
}

/**
 * An icon-only caption: a value led by an icon whose meaning is only its SVG title or its aria-label / title
 * ("<svg><title>Birthday</title>…</svg><span>Mar 3, 1944</span>"), the icon showing no text of its own.
 */
export function iconCaption(el: Element): string | null {
  // Or the icon leads the element's own text ("<div><span role=img aria-label="MRN"></span>E1029934</div>").
  const lead = el.childElementCount === 1 ? el.firstElementChild : null;
  if (lead && !(lead.previousSibling?.textContent ?? '').trim() && (el.textContent ?? '').trim() !== (lead.textContent ?? '').trim()) return captionOf(lead);
  if (el.firstElementChild) return null;
  const icon = el.previousElementSibling;
  return icon ? captionOf(icon) : null;
}

function captionOf(icon: Element): string | null {
  if ((icon.textContent ?? '').trim() && icon.localName !== 'svg') return null;
  const caption = icon.localName === 'svg' ? icon.querySelector('title')?.textContent : icon.getAttribute('role') === 'img' ? icon.getAttribute('aria-label') ?? icon.getAttribute('title') : null;
  return caption?.trim() || null;
}
