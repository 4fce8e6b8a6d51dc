import { headsSection } from './section-head';
import { headingBefore } from './cm-heading-before';
import { othersLine } from './am-others-line';
import { inKinTable } from './kin-table';
import { namedForOther } from './sc-others-card';
import { SEEN_BESIDE } from './seen-beside';
import { headingWords } from './long-part-heading';
import { headingRow } from './heading-row';
import { imageCaption } from './image-caption';
import { inScreenRowBlock } from './screen-block';
import { OTHER_RECORDS } from './other-records';
import { kinChipLine } from './kin-chip';
import { EMERGENCY_OTHER } from './emergency-visit';
import { othersKeyRow } from './others-key-row';
import { EXPOSURE_SOURCE } from './exposure-source';
import { othersCardCaption } from './card-caption-others';

/**
 * A Bundle viewer heads each entry with its type and id apart ("Practitioner <small>pr-2291</small>",
 * "Organization org-7"), not as a reference: an id is one token with a digit or a hyphen, never a word
 * ("Practitioner notes" is a section of the client's chart).
 */
const RESOURCE_ID_AFTER_TYPE = '\\s+(?=[\\w.-]*[\\d-])[\\w.-]+$';

/**
 * Sections about another person: the guarantor, the policy holder, a relative, an emergency contact, an authorized representative or POA, a transplant recipient's living donor; a FHIR bundle's entry headed by a practitioner's, relative's or organisation's resource ("Practitioner/52").
 * A crisis line's third-party call prints the caller who rang about the client ("Caller (third party)", "Third-party
 * reporter") in the same labelled rows as the person of concern: the caller's name and phone are theirs (a title "Third-party
 * call" heads the whole record, the client's block too: not a holder).
 * A living donor's evaluation (the donor is the client) has the transplant recipient's section beside the donor's, with the
 * recipient's own "Recipient MRN" and DOB: a recipient the heading qualifies as the donor's ("Intended Recipient", "Paired
 * recipient") is the other person, while a bare "Recipient" heading stays the client's own on a recipient's page.
 * An exposure report's source patient (exposure-source.ts).
 * And a screener's household roster ("Household members", "Members of your household"), whose people repeat the client's own label rows; a roster that also lists the client only loses the client's fields there, never names someone else.
 */
export const HOLDER = new RegExp(
  `^(?:Practitioner(?:Role)?|RelatedPerson|Organization)(?:/|${RESOURCE_ID_AFTER_TYPE})|guarantor|subscriber|policy ?holder|resp(?:\\.|onsible)? part|spouse|partner|next[- ]of[- ]kin|${EMERGENCY_OTHER}|guardian|caregiver|relative|family member|household members?\\b|members of (?:the |your |their )?household|parent|mother|father|representative|attorney|\\bpoa\\b|proxy|decision maker|conservator|\\bdonor\\b|\\bcaller \\(?third[- ]party|third[- ]party (?:caller|reporter|informant)\\b|\\b(?:intended|paired|matched|linked|designated|directed) recipient\\b|${EXPOSURE_SOURCE}`,
  'i',
);
/** A heading over another person's block, over the people listed beside the client, or over other records (other-records.ts): one climb asks all. */
const HOLDER_OR_BESIDE = new RegExp(`${HOLDER.source}|${SEEN_BESIDE.source}|${OTHER_RECORDS.source}`, 'i');

/**
 * Record forms give the people around the client fields of their own, in the client's layout, under a
 * section heading that says whose they are ("<fieldset><legend>Guarantor</legend>…DOB…", an "Emergency
 * Contact" section with its own "Date of Birth"): what those labels give there (but the sex, which crm2-details-sex.ts weighs) is that person's, never the client's.
 */
export function othersSection(el: Element): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 5; cur = cur.parentElement, k++) {
    const head = cur.firstElementChild;
    // Or a table's heading row over its rows (heading-row.ts), its words maybe an image's (image-caption.ts).
    if (head && head !== el && !head.contains(el) && (headsSection(head) || headingRow(head)) && HOLDER.test(headingWords(head) || (imageCaption(head) ?? ''))) return true;
  }
  // Or people listed beside the client (seen-beside.ts), a run of chips another person's label heads (am-others-line.ts), a
  // card named for them (sc-others-card.ts), a line of chips one of which is their relationship (kin-chip.ts), or a host
  // screen's block of rows titled for them (screen-block.ts).
  // Or a small table of a relative's labelled values (kin-table.ts), or a card's key/value row keyed for them (others-key-row.ts),
  // or a card under a styled caption of theirs (card-caption-others.ts).
  return headingBefore(el, HOLDER_OR_BESIDE) || othersLine(el) || namedForOther(el, HOLDER) || kinChipLine(el) || inScreenRowBlock(el, HOLDER) || inKinTable(el) || othersKeyRow(el, HOLDER) || othersCardCaption(el, HOLDER);
}

/**
 * A container read as one banner line that also holds such a section ("<div>Pereira, Joaquim · MRN …
 * <fieldset><legend>Guarantor</legend>Name: … DOB: …</fieldset></div>"), or the people listed beside the client under
 * their heading ("<aside><h4>Also enrolled</h4><p>…</p></aside>"), mixes two people's values: not a line.
 */
export function holdsOthersSection(el: Element): boolean {
  return Array.from(el.querySelectorAll('legend, caption, h2, h3, h4, h5')).some((h) => HOLDER_OR_BESIDE.test(headingWords(h)));
}
