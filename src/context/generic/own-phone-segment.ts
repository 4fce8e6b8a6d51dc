/**
 * Where a line of contacts sets its entries apart: "·", "|", "•", ";"; or a note's sentence ending on a number ("…
 * cell (312) 555-0172. Patient's home (312) 555-0108.", an ED disposition's family note).
 */
const SEGMENTS = /\s*[·|•;]\s*|(?<=\d)\.\s+/;
/** "Patient home (206) 555-0112", "Client cell: 555-301-4420": the client named, a phone's kind, the number. */
// Or the client alone before a colon ("Patient: (651) 555-0139 · Daughter …"), as a contacts section lists whose each number is.
const OWN = /^(?:patient|pt\.?|client|member|resident)(?:'s)?(?:\s+(?:home|mobile|cell(?:ular)?|work|primary|preferred)(?:\s+(?:phone|ph\.?|tel\.?|#|number))?\s*:?|\s*:)\s*((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})\.?$/i;

/**
 * A contacts line that prints a relative's phone before the client's own ("Contact: Henry Lam (husband) (206) 555-0128 ·
 * Patient home (206) 555-0112"): the entry that names the client and a phone's kind gives the client's phone, whatever
 * comes before it; an entry that does not name the client (a relative's, a bare "Home") gives nothing here. The entry's
 * label and number, when exactly one entry of the line is such.
 */
export function ownPhoneSegment(text: string): { label: string; phone: string } | null {
  const found = text
    .split(SEGMENTS)
    .map((s) => OWN.exec(s.trim()))
    .filter((m): m is RegExpExecArray => m !== null);
  if (found.length !== 1) return null;
  const m = found[0] as RegExpExecArray;
  const phone = m[1] as string;
  return { label: m[0].slice(0, m[0].indexOf(phone)).replace(/\s*:?\s*$/, ''), phone };
}
