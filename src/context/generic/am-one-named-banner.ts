/**
 * A chart banner and a card below it that repeats the client's identity ("Quickview: Demographics: Patient ID, DOB,
 * Mobile"): both read as banners, far apart, with the same values. The banner beside the one name found stands for the
 * record when every other one shares an identity field with it (same field, same value: the reader has checked the values
 * agree); two names, or a banner sharing nothing with the named one, stand for no one.
 */
export function oneNamedBanner(anchors: Element[], fieldsOf: (a: Element) => Set<string>, nameOf: (a: Element) => string | undefined): Element | null {
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
