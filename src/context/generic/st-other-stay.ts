/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
  value: string;
  el: Element;
}

/** An agency's admission: a start of care, an episode's or a programme's start, which a hospital stay only interrupts. */
const AGENCY = /\bsoc\b|start of care|episode|program|enrol|election/i;
/** The block a stay's values sit in together: a table's row, a section, a group of fields. */
const BLOCK = 'tr, section, fieldset, dl, article, [role=region], [role=group]';

/**
 * A page about one stay may show another beside it: a rehab or SNF admission packet the referring
 * hospital's stay, a resumption of care the inpatient stay that interrupted the episode. A block that
 * dates an admission of its own, not the admission read, and does not hold that admission, is that other
 * stay: its admission, discharge and place are not this stay's.
 */
export function otherStay<P extends StayPair>(pairs: P[]): P[] {
  const admit = pairs.find((p) => p.field === 'admitDate');
  const others = pairs.filter((q) => q.field === 'admitDate' && q.value !== admit?.value);
  // The current stay is the page's first admission when none after it is later (a packet gives the stay it is
  // about, then the one before it), or an agency's start of care; else which one is current is not known.
  const latest = !others.some((q) => q.value > (admit?.value ?? ''));
  if (!admit || others.length === 0 || (!latest && !AGENCY.test(admit.how))) return pairs;
  return pairs.filter((p) => {
    if (p.field !== 'admitDate' && p.field !== 'dischargeDate' && p.field !== 'location') return true;
    const block = p.el.closest(BLOCK);
    if (!block || block.contains(admit.el) || !others.some((q) => block.contains(q.el))) return true;
    // A later stay beside a start of care is the episode's interruption only once it ended: open, it may be where the client is.
    return !latest && !pairs.some((q) => q.field === 'dischargeDate' && block.contains(q.el));
  });
}
