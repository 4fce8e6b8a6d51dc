import { headsSection } from './section-head';
import { OWN_NUMBER_LABEL } from './own-number-label';
import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { tagOf } from '../tag';
import { headingBefore } from './cm-heading-before';
import { relativeGroup } from './relation-group';
import { ownContactLine } from './own-contact-line';
import { OWN_ALIAS_LABEL } from './own-alias-label';
import { headingWords } from './long-part-heading';
import { EMERGENCY_OTHER } from './emergency-visit';
import { relativeCard } from './relative-card';
import { SUPPORT_STAFF } from './support-staff';
import { colonlessOthersLead } from './colonless-others-lead';
import { panelHeading } from './panel-heading';

/**
 * Whose a phone is. Records print the phones of the people and places around the client (the PCP,
 * an emergency contact, the pharmacy, a facility) in the same layouts as the client's own; the label
 * or section before a phone says whose it is.
 */

/**
 * Sections about someone or somewhere else: their phones are theirs (a disability provider's or ABA practice's staff too;
 * the interpreter a language-services request assigns, not the client's "Interpreter needed?").
 */
export const OTHERS_SECTION = new RegExp(`${EMERGENCY_OTHER}|${SUPPORT_STAFF}|interpreter(?!s? (?:needed|required|requested)|\\?)|nominated|attending|practitioner|contacts|next[- ]of[- ]kin|guardian|poa\\b|attorney|responsible part|guarantor|representative|proxy|pharmacy|care team|provider|prescrib(?:er|ing)|pcp|physician|insurance|payer|employer|facility|family|relative|caregiver|referr(?:ing|ed|al source)|coordinator|(?:care|case) manager\\b`, 'i');
/**
 * A heading printed before such a section (not around it) says whose it is by its first words: "Referral Note" titles
 * a whole document, "Contact Information" is the client's own.
 */
const OTHERS_HEAD = /^(?:(?:primary|attending|emergency) )?(?:(?:related|associated|other) contacts|care ?giver|physician|pcp|provider|emergency contacts?|next[- ]of[- ]kin|guardian|pharmacy|care team|insurance|payer|employer|relatives?|(?:care |case )?(?:coordinator|manager)|prescrib(?:er|ing)|parents? ?(?:\/|or|and|&) ?guardians?)\b/i;

/** "PCP:", "Emergency contact:", "Facility:": a label of someone or somewhere other than the client. */
export function othersLabel(text: string): boolean {
  const rule = matchLabel(text);
  // The client's other names are the client's (own-alias-label.ts).
  return !!rule && (rule.field === null ? !OWN_ALIAS_LABEL.test(text.trim()) : /facility|pharmacy|practice|clinic/i.test(text));
}

/**
 * A phone labelled right after another person's or place's value ("PCP: Dr. Ruiz  Ph: …",
 * "Facility: Lakeside  Phone: …") is theirs: the label and value just before it (or before its
 * wrapper, when the label is wrapped alone) say whose.
 */
export function afterOthers(el: Element): boolean {
  const row = el.closest('tr');
  const before = row?.previousElementSibling?.firstElementChild;
  // Not a row the client's own number leads (a face sheet's "SSN | ***-**-4821" row over "Home Phone").
  const beforeLabel = before ? (shortText(before, 40) ?? '') : '';
  if (othersLabel(beforeLabel) && !OWN_NUMBER_LABEL.test(beforeLabel)) return true;
  // A document's row about a guardian or next of kin ('Next-of-Kin', as FHIR narratives print it) holds their contact details.
  const head = row?.firstElementChild;
  if (head && !head.contains(el) && OTHERS_SECTION.test(shortText(head, 60) ?? '')) return true;
  if (inOthersSection(el)) return true;
  let cur: Element | null = el;
  for (let k = 0; cur && k < 2; k++) {
    let sib = cur.previousElementSibling;
    for (let n = 0; sib && n < 2; n++, sib = sib.previousElementSibling) {
      const chip = shortText(sib, 80) ?? '';
      // Or, the nearest chip only, another person's label without its colon (colonless-others-lead.ts).
      const label = /^[^:]{1,40}:/.exec(chip)?.[0] ?? (n === 0 ? colonlessOthersLead(chip, (l) => othersLabel(l) && OTHERS_SECTION.test(l)) : '');
      // Unless the chip is a provider's in the client's own block, and this line is a person's own (own-contact-line.ts).
      // Not one of the client's own numbers (own-number-label.ts).
      if (othersLabel(label) && !OWN_NUMBER_LABEL.test(label)) return !ownContactLine(cur, sib, label);
      // Another chip of the client's own ("Pref Lang: English") ends the other person's details.
      if (label && !/fax|ph|tel|pager|office|ext/i.test(label)) break;
    }
    const parent: Element | null = cur.parentElement;
    cur = parent && shortText(parent, 60) === shortText(cur, 60) ? parent : null;
  }
  return false;
}

/** Under a heading of another person's or place's section ("Primary Care Provider", "Emergency Contacts"). */
export function inOthersSection(el: Element): boolean {
  // A table's rows are as near their section's heading as a list's items: the parser's own <tbody> is no level.
  for (let cur: Element | null = el, k = 0; cur && k < 4; k += tagOf(cur) === 'TBODY' ? 0 : 1, cur = cur.parentElement) {
    const head = cur.firstElementChild;
    // Or a framework's panel title (panel-heading.ts).
    if (head && head !== el && !head.contains(el) && (headsSection(head) || panelHeading(head)) && OTHERS_SECTION.test(headingWords(head))) return true;
  }
  // Or in a group of fields that gives its person's relationship to the client (relation-group.ts), or in a
  // card whose name is followed by that relationship (relative-card.ts).
  return headingBefore(el, OTHERS_HEAD) || relativeGroup(el) || relativeCard(el);
}
