/** A label that names the client's role before the phone's word: "Patient Phone", "Member's Tel.", "Pt Ph". */
const CLIENT_PHONE = /"(?:patient|pt\.?|member|client|resident)(?:'s)? (?:(?:home|mobile|cell|primary|contact) )?(?:phone|ph\.?|tel\.?|telephone)\b/i;

/**
 * Several phones labelled below the banner, one of them labelled as the client's own: a letter or a transition record
 * prints its recipient's and sender's "Phone:" as prominently as the patient's, and only the label that names the
 * patient tells theirs apart. `how` is the label's provenance (`label "Patient phone"`).
 */
export function clientLabelledPhone<P extends { how: string; value: string }>(phones: P[]): P | undefined {
  const own = new Set(phones.filter((p) => CLIENT_PHONE.test(p.how)).map((p) => p.value));
  return own.size === 1 ? phones.find((p) => own.has(p.value)) : undefined;
}
