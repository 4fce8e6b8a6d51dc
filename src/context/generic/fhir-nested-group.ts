import type { ContextField } from '../types';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { identifierSystemLabel } from './labels';

/**
 * Tree viewers of FHIR resources (a Bundle viewer, a resource inspector) print an element that has
 * elements of its own as a term whose description is a list of its own terms
 * ("<dt>name</dt><dd><dl><dt>family</dt><dd>Abernathy</dd><dt>given</dt><dd>Lorraine</dd></dl></dd>").
 * The description's text runs the inner keys into the value ("family Abernathy given Lorraine"), which
 * is no one's name. Such a group is read by its inner terms: a HumanName by its given and family
 * parts, an Identifier, a ContactPoint or a Reference by its value or display. Other groups keep the
 * reading they had (their inner labels are read on their own).
 *
 * Returns the group's value, null for a group that gives none (the outer label reads nothing), or
 * undefined when the value is not such a group.
 */
const MAX_TERMS = 24;
/** A reference printed with its display: "Location/loc-4w-412 (4 West, Room 412)". */
const REFERENCE_DISPLAY = /^[A-Z][A-Za-z]+\/[\w.-]+\s*\((.+)\)$/;
/** Identifier types that are the record's own number, by their v2-0203 code or their words. */
const RECORD_TYPE = /^(?:MR|MRN|medical record(?: number)?)\b/i;

export function nestedGroupValue(valueEl: Element, field: ContextField | null): string | null | undefined {
  const list = Array.from(valueEl.children).find((c) => tagOf(c) === 'DL');
  if (!list || !field) return undefined;
  const terms: [string, string][] = [];
  for (let dt = list.firstElementChild; dt && terms.length < MAX_TERMS; dt = dt.nextElementSibling) {
    const dd = dt.nextElementSibling;
    if (tagOf(dt) !== 'DT' || !dd || tagOf(dd) !== 'DD') continue;
    // An element's name in any case: a stylesheet's text-transform may show "family" as "FAMILY".
    terms.push([(shortText(dt, 40) ?? '').trim().toLowerCase(), (shortText(dd, 200) ?? '').trim()]);
  }
  const all = (key: string) => terms.filter(([k]) => k === key).map(([, v]) => v).filter(Boolean);
  const one = (key: string) => all(key)[0];
  switch (field) {
    case 'name': {
      const family = one('family');
      return one('text') ?? (family && all('given').length ? [...all('given'), family].join(' ') : null);
    }
    case 'mrn': {
      // Typed, the type says; untyped, its system's last segment ("…/sid/visit" is an encounter's number).
      const type = one('type');
      const system = one('system');
      const own = type !== undefined ? RECORD_TYPE.test(type) : system === undefined || identifierSystemLabel(system)?.field === 'mrn';
      return own ? (one('value') ?? null) : null;
    }
    case 'phone': {
      const system = one('system');
      return system !== undefined && system !== 'phone' ? null : (one('value') ?? null);
    }
    case 'location': {
      const shown = one('display') ?? one('location') ?? one('name');
      return shown ? referenceDisplay(shown) : null;
    }
    default:
      return undefined;
  }
}

/** A location printed as a reference with its display reads as the display the user knows. */
export function referenceDisplay(text: string): string {
  return REFERENCE_DISPLAY.exec(text.trim())?.[1] ?? text;
}

/**
 * A term inside a Patient's contact group ("<dt>contact</dt><dd><dl><dt>relationship</dt>…<dt>telecom</dt>…")
 * is the contact person's, never the client's.
 */
export function inContactGroup(el: Element): boolean {
  for (let cur = el.parentElement, k = 0; cur && k < 4; cur = cur.parentElement, k++) {
    if (tagOf(cur) !== 'DD') continue;
    const term = cur.previousElementSibling;
    const own = Array.from(cur.children).find((c) => tagOf(c) === 'DL');
    if ((term && /^contacts?$/i.test((shortText(term, 20) ?? '').trim())) || (own && Array.from(own.children).some((c) => tagOf(c) === 'DT' && /^relationship$/i.test(c.textContent?.trim() ?? '')))) return true;
  }
  return false;
}
