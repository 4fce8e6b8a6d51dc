/**
 * Headings over the other people a visit document or a record lists beside its client: a pediatric summary's
 * "Also seen today from your family", a chart's "Siblings" or "Other household members", a school-based clinic's "Also
 * enrolled" beside a student's chart. What they head (a
 * sibling's name and birth date in a sentence) is that person's, never a second client that would make the page
 * unreadable. A screening or home-visiting record about one child lists the household's others as "Other children"
 * ("Other children in household", "Other children screened"): the same people, another heading.
 */
export const SEEN_BESIDE = /\balso (?:seen|enrolled|registered)\b|\bsiblings?\b|\bother (?:family |household )?members\b|\bother (?:children|kids)\b|\bfrom (?:your|the) (?:family|household)\b/i;
