/**
 * "Provider Dr. Sunita Rao", "Attending Jane Roe": a clinician's role word before a name is that person's label with
 * its colon left out (a facts line of spans, a product that prints no colons), and the name is the clinician's, never
 * the client's. A title after a first word says the same ("Dentist Dr. Okafor"); a client's own "Dr." opens the name.
 */
const ROLE_LEAD = /^(?:(?:primary |attending |referring |rendering |treating )?(?:provider|physician|doctor|dentist|hygienist|therapist|clinician|prescriber|attending|pcp|counsell?or|case manager|care manager|care coordinator)\b|\p{L}+ (?:dr|prof)\.? )/iu;

export function ledByStaffRole(name: string): boolean {
  return ROLE_LEAD.test(name.trim());
}
