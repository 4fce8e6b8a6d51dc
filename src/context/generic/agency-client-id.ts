import type { LabelRule } from './labels';
import { cleanText } from '../parse/text';

/**
 * A state agency's or county's case-management system numbers its client under the agency's abbreviation ("DDS Client
 * ID", "DDA Individual #", "DMH Consumer No."), beside the person's Medicaid and Medicare numbers: the abbreviation in
 * capitals before a client id label is that label, the system's own number for the person, which a Medicaid id yields
 * to. Never a word saying the number is old or another person's ("OLD Client ID", "MOM Client #"), nor another label.
 */
const AGENCY_ID = /^(\p{Lu}{2,6})\s+(\S.{1,20}?)\s*:?$/u;
const CLIENT_ID = /^(?:client|individual|consumer|participant) ?(?:#|id|no\.?|number)$/;
const NOT_AGENCY = /^(?:OLD|PREV|PRIOR|FORMER|ALT|OTHER|TEMP|NEW|MOM|MUM|DAD|DUP|EXT|LINKED)$/;

export function agencyClientId(raw: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  const [, agency = '', label = ''] = AGENCY_ID.exec(cleanText(raw)) ?? [];
  if (!agency || NOT_AGENCY.test(agency) || ruleFor(agency.toLowerCase())) return null;
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  return CLIENT_ID.test(key) ? ruleFor(key) : null;
}
