import { shortText } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A home health or hospice certification records the physician's face-to-face encounter with the client: a visit
 * that admits the client nowhere. Its "Encounter date" under a section titled "Face-to-face encounter" (a heading, or
 * a short title row the form prints before its rows) dates that visit, never a stay; nor does a label that names it
 * ("F2F encounter date"). The nearest title before the label's row decides: another section's title ends the search.
 */
const FACE_TO_FACE = /^(?:face[- ]to[- ]face|f2f)\b/i;
/** A section's title: short words, no value (no digit, no colon). */
const TITLE = /^[\p{L}][\p{L}\s/&'’()-]{2,59}$/u;

function titleBefore(el: Element): string | null {
  for (let cur: Element | null = el, k = 0; cur && k < 3; cur = cur.parentElement, k++) {
    let sib = cur.previousElementSibling;
    for (let n = 0; sib && n < 8; n++, sib = sib.previousElementSibling) {
      const text = shortText(sib, 60);
      if (text && (/^H\d$/.test(tagOf(sib)) || (sib.childElementCount === 0 && TITLE.test(text)))) return text;
    }
  }
  return null;
}

const stayField = (p: { field: string }) => p.field === 'admitDate' || p.field === 'dischargeDate';

/** Also the same label and value read again from the whole block's text, which is no nearer any title. */
export function withoutFaceToFace<P extends { field: string; how: string; value: string; el: Element }>(pairs: P[]): P[] {
  const f2f = pairs.filter((p) => stayField(p) && (FACE_TO_FACE.test(p.how.replace(/^(?:aria-)?label "/i, '')) || FACE_TO_FACE.test(titleBefore(p.el) ?? '')));
  return f2f.length ? pairs.filter((p) => !stayField(p) || !f2f.some((q) => q.how === p.how && q.value === p.value)) : pairs;
}
