import { inOthersSection } from './others';

/**
 * A CRM person record lists the people around the client as cards of their own ("Associated contacts", "Related
 * contacts": the caregiver with her own date of birth and phone). Two birth dates where one is under such a section:
 * that one is the other person's. A page whose only birth dates are in such sections keeps them, and so stays unread
 * when they disagree.
 */
export function withoutOthersBirthDates<P extends { field: string; value: string; el: Element }>(pairs: P[]): P[] {
  const dobs = pairs.filter((p) => p.field === 'dob');
  if (new Set(dobs.map((p) => p.value)).size < 2) return pairs;
  const others = new Set(dobs.filter((p) => inOthersSection(p.el)));
  if (others.size === 0 || others.size === dobs.length) return pairs;
  return pairs.filter((p) => !others.has(p));
}
