import { hintWords } from './hints';

/** A sex glyph's spoken words: what an icon stands for, never a caption around a value. */
const SEX_WORD = /^(?:female|male|woman|man|f|m)$/i;
/** An image, an icon font's <i> or an svg that speaks its words. */
const GLYPH = 'img[alt], i[title], i[aria-label], svg[aria-label], [role="img"][aria-label]';
/** The markup says the glyph is the sex ("patientHeaderPatientGender", "gender-icon", "female.gif", "fa-venus"). */
const SEX_HINT = /\b(?:gender|sex|female|male|venus|mars)\b/;

/**
 * Older EHR headers (the OpenMRS 1.x patient header, many hospital web portals) show the sex only as a glyph:
 * "<td id='patientHeaderPatientGender'><img src='female.gif' alt='Female'></td>", an "<i class='fa fa-venus'
 * title='Female'>", an svg with aria-label "Male". The glyph's words are then the page's only sex. Read when the
 * element has no text of its own, holds that one glyph as its only child, the words are a sex and nothing else, and
 * the markup (the element's or the glyph's names, the image's file) says it is the sex; the caller keeps it to the
 * banner, where a relative's section is not.
 */
export function sexIcon(el: Element): 'F' | 'M' | null {
  // The glyph is the element's one child: checked first, so a chain of wrappers is never read whole.
  const glyph = el.firstElementChild;
  if (!glyph || el.childElementCount !== 1 || glyph.childElementCount > 3 || !glyph.matches(GLYPH)) return null;
  if ((el.textContent ?? '').trim()) return null;
  const words = (glyph.getAttribute('alt') ?? glyph.getAttribute('aria-label') ?? glyph.getAttribute('title') ?? '').trim();
  if (!SEX_WORD.test(words)) return null;
  const file = (glyph.getAttribute('src') ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  const hints = `${hintWords(el)} ${hintWords(glyph)} ${file.toLowerCase().replace(/[^a-z]+/g, ' ')}`;
  if (!SEX_HINT.test(hints)) return null;
  return /^(?:f|female|woman)$/i.test(words) ? 'F' : 'M';
}
