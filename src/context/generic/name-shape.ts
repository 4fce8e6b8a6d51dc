import { ledByFieldLabel } from './label-lead';
import { ledByCaption } from './caption-led-line';
import { RELATION } from './relation-words';

/** Headings that name a view, never a person: "Clinical Summary" is two capitalised words too, as a no-code tool's "Household Intake" or "Caseload Tracker" is, or a CRM record's group of properties ("Custom Fields"). */
const UI_WORDS = /\b(?:summary|chart|overview|dashboard|plan|care|notes?|details|information|info|record|profile|home|results?|orders?|medications?|allergies|problems?|vitals?|history|timeline|visits?|encounters?|documents?|reports?|banner|demographics|contacts?|patients?|members?|clients?|search|list|schedule|settings|welcome|about|account|view|edit|new|admission|discharge|clinical|health|medical|hospital|clinic|center|centre|practice|medicine|surgery|associates|group|physicians|pediatrics|partners|llc|pllc|inc|department|unit|team|tasks?|inbox|messages?|portal|sign|log|menu|help|appointments?|billing|insurance|referrals?|labs?|imaging|flowsheets?|narrative|generated|continuity|assessment|episode|today|status|active|inactive|table|section|worklist|census|queue|response|request|body|raw|server|resource|json|xml|data|page|form|result|output|viewer|browser|intake|interface|caseload|roster|tracker|workspace|database|spreadsheet|kanban|gallery|grid|custom|properties|attributes|admin|administration)\b/i;
/** Words of an organisation's or a program's name, which reads as capitalised words too ("Northside Housing Collaborative"). */
const ORGANISATION = /\b(?:services?|network|collaborative|housing|foundation|agency|association|society|coalition|alliance|shelter|bank|church|county|city|company|corp(?:oration)?|ltd|trust|fund|program|project|institute|university|school|college|academy|solutions|systems|hospice|nursing|rehab(?:ilitation)?|pharmacy|living|village|manor|community|ministries|collective|cooperative|council|office|branch)\b/i;
/** Credentials after a name: a clinician, not the client. ("Dr." alone is a title patients hold too.) */
const PROVIDER = /\b(?:md|rn|np|pa-c|phd|dds|lpn|cna)\b\.?|,\s*do\b/i;

/** Organisation words that are also surnames ("Harold J. Church", "BRANCH, Maria"). */
const SURNAME_WORD = /^(?:church|branch|manor|bank|banks|village)$/i;

/**
 * Such a word written as a person's family name: first before the comma of "Family, Given" (one or two given words),
 * or last after a given name and a middle initial. An organisation is written neither way ("Grace Church", "Oak Manor").
 */
function surnameShape(text: string): boolean {
  const words = text.trim().split(/[\s,]+/).filter(Boolean);
  const other = words.filter((w) => !SURNAME_WORD.test(w));
  if (words.length - other.length !== 1 || other.some((w) => ORGANISATION.test(w))) return false;
  const comma = /^([\p{L}'’-]+),\s*\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’.-]*)?$/u.exec(text.trim());
  if (comma) return SURNAME_WORD.test(comma[1] as string);
  return words.length === 3 && /^\p{Lu}\.?$/u.test(words[1] as string) && SURNAME_WORD.test(words[2] as string);
}

/** The name a person goes by, quoted inside or after a banner's name ('HOLLIS, GWENDOLYN "GWEN"', 'Marguerite "Peg" Kane'). */
const USED_NAME = /\s*(?:"[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?"|“[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?”)(?=\s|$)/gu;

/** A name shown beside the banner or line rather than labelled: a heading, a name-classed element. */
export function looksLikeShownName(text: string): boolean {
  if (UI_WORDS.test(text) || PROVIDER.test(text) || ledByFieldLabel(text) || ledByCaption(text) || (ORGANISATION.test(text) && !surnameShape(text))) return false;
  // A quoted relation ('Ortiz, Ana "Mother"') says whose the name is: it stays, and fails below.
  const bare = text.replace(USED_NAME, (aside) => (RELATION.test(aside) ? aside : ' ')).trim();
  // Every word of a name is capitalised (or in capitals), except particles: "Ludwig van Beethoven".
  return bare !== '' && bare.split(/[\s,]+/).filter(Boolean).every((w) => /^[\p{Lu}'’]/u.test(w) || /^(?:van|von|de|der|den|da|das|do|dos|del|della|di|du|la|le|bin|binti|ibn|al|el|y|e|ter|ten|zu)$/.test(w));
}
