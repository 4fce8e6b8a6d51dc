/**
 * A record whose banner gives the identity but no name may label the name away from it: a case form's
 * "Customer" lookup above the customer's card (Member ID, DOB). It is the client's when it is the one
 * name labelled on the page (names labelled in another person's section, a PCP's quick view, are
 * dropped before: labelled.ts).
 */
export function nameAway(labelled: { value: string }[]): { value: string; how: string; id?: string } | null {
  const names = new Set(labelled.map((p) => p.value));
  return names.size === 1 ? { value: [...names][0] as string, how: 'labelled away from the banner' } : null;
}
