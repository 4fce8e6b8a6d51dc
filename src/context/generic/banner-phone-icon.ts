/** A phone number as banners print it: digits, spaces, brackets, dots, dashes, a leading +. */
const PHONE_SHAPE = /^\+?[\d(][\d ().-]{6,18}\d$/;
/** An icon's markup naming a phone (Font Awesome, Lucide, Material, Bootstrap icons; an icon's aria-label). */
const PHONE_ICON = /\bphone\b|\bphone-|-phone\b|\btelephone\b|\bcall\b/i;

/**
 * "<svg class="lucide-phone"/> <span>(617) 555-0121</span>": a banner that marks its phone with an icon
 * alone, no label. True when `el`, holding `text`, is such a number right after a phone icon (an empty
 * svg, i or span whose class, aria-label or data-icon names a phone).
 */
export function afterPhoneIcon(el: Element, text: string): boolean {
  const icon = el.previousElementSibling;
  if (!icon || !PHONE_SHAPE.test(text) || (icon.textContent ?? '').trim() !== '') return false;
  const marks = `${icon.getAttribute('class') ?? ''} ${icon.getAttribute('aria-label') ?? ''} ${icon.getAttribute('data-icon') ?? ''}`;
  return PHONE_ICON.test(marks) && !/fax/i.test(marks);
}
