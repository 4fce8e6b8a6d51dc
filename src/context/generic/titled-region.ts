/**
 * Model-driven CRM forms print the record number among the header's fields and the birth date in a
 * tab's section far below: no close region holds both. The header stands for the record when the
 * name beside one of them is the one the window's title names ("Contact: Information: Jane Doe -
 * Dynamics 365", "Jane Doe | Contact | Salesforce"): a form's title is its record.
 */
const words = (s: string) => s.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);

export function titledRegion(anchors: Element[], title: string, nameNear: (el: Element) => string | undefined): Element | null {
  const inTitle = new Set(words(title));
  for (const a of anchors) {
    const name = words(nameNear(a) ?? '');
    if (name.length >= 2 && name.every((w) => inTitle.has(w))) return a;
  }
  return null;
}
