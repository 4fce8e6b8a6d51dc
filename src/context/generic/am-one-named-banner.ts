/**
 * A chart banner and a card below it that repeats the client's identity ("Quickview: Demographics: Patient ID, DOB,
 * Mobile"): both read as banners, far apart, with the same values. The banner beside the one name found stands for the
 * record when every other one shares an identity field with it (same field, same value: the reader has checked the values
 * agree); two names, a banner sharing nothing with the named one, or one banner inside another stand for no one.
 */
export function oneNamedBanner(anchors: Element[], fieldsOf: (a: Element) => Set<string>, nameOf: (a: Element) => string | undefined): Element | null {
  // Only banners apart from each other: one inside another is a layout the shared-region rule has judged already.
  if (anchors.some((a) => anchors.some((b) => a !== b && a.contains(b)))) return null;
  let named: Element | null = null;
  let name: string | undefined;
  for (const a of anchors) {
    const n = nameOf(a)?.toLowerCase();
    if (!n) continue;
    if (name !== undefined && n !== name) return null;
    name ??= n;
    named ??= a;
  }
  if (!named) return null;
  const own = fieldsOf(named);
  return anchors.every((a) => a === named || [...fieldsOf(a)].some((f) => own.has(f))) ? named : null;
}
