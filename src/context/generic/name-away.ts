import type { Shapes } from '../shapes';

/**
 * A record whose banner gives the identity but no name may label the name away from it: a case form's
 * "Customer" lookup above the customer's card (Member ID, DOB). It is the client's when it is the one
 * name labelled on the page outside another person's section (a PCP's quick view names the PCP).
 */
export function nameAway(labelled: { value: string; el: Element }[], lent: Pick<Shapes, 'afterOthers'>): { value: string; how: string; id?: string } | null {
  const names = new Set(labelled.filter((p) => !lent.afterOthers(p.el)).map((p) => p.value));
  return names.size === 1 ? { value: [...names][0] as string, how: 'labelled away from the banner' } : null;
}
