/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  value: string;
  el: Element;
}

/** The block a stay's values sit in together: a table's row, a section, a group of fields. */
const BLOCK = 'tr, section, fieldset, dl, article, [role=region], [role=group]';

/**
 * A page about one stay may show another beside it: a rehab or SNF admission packet the referring
 * hospital's stay, a resumption of care the inpatient stay that interrupted the episode. A block that
 * dates an admission of its own, not the admission read, and holds neither that admission nor its
 * label, is that other stay: its discharge and its place are not this stay's.
 */
export function otherStay<P extends StayPair>(pairs: P[]): P[] {
  const admit = pairs.find((p) => p.field === 'admitDate');
  const others = pairs.filter((q) => q.field === 'admitDate' && q.value !== admit?.value);
  if (!admit || others.length === 0) return pairs;
  return pairs.filter((p) => {
    if (p.field !== 'dischargeDate' && p.field !== 'location') return true;
    const block = p.el.closest(BLOCK);
    return !block || block.contains(admit.el) || !others.some((q) => block.contains(q.el));
  });
}
