/**
 * Classic ASP and early WebForms pages drew their captions as images (a GIF of the words, the words again in its alt
 * text): "<td><img src="lbl_dob.gif" alt="Date of Birth"></td><td>9/4/1988</td>", or an <input type=image> of one.
 * The alt text is then the caption's only words. An element with no text of its own whose content is one such image
 * gives its alt text; any other gives null.
 */
export function imageCaption(el: Element): string | null {
  if ((el.textContent ?? '').trim()) return null;
  const images = el.querySelectorAll('img[alt], input[type="image" i][alt]');
  if (images.length !== 1 || el.querySelectorAll('*').length > 3) return null;
  const alt = (images[0] as Element).getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  return alt && alt.length <= 40 ? alt : null;
}
