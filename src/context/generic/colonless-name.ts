import { looksLikeShownName } from './name-shape';
import { matchLabel } from './labels';

/** "Client Name Jane Doe": a two-word name label (whose name it is, then "Name") leading its value with no colon. */
const LABEL = /^((?:client|patient|member|resident|participant|enrollee|legal)(?:'s)? (?:full |legal )?name) (.+)$/i;
/** What a heading or a form's action puts after such a label ("Patient Name Change Request", "Client Name Verification Required"). */
const HEADING = /\b(?:change|changes|request|requests|update|updated|verification|verify|verified|correction|correct|required|mismatch|alert|lookup|field|fields|missing|unknown|pending|format|history|search|not|on|file|entry|edit|policy|rules?|match|matches|matching|used|and|or|for|to|of|the|with|by|is)\b/i;

/** A name's label ending in the preposition that says whom it is about ("Health Record for", "Viewing the record of"). */
const RECORD_OF = /^(.{3,40}? (?:for|of)) (.+)$/i;

/**
 * "Health Record for Caspian Albrecht": a portal's or a viewer's caption of the record shown, its colon gone. Its last
 * word ("for", "of") says the name after it is whom the record is about, as the colon did. Only a label the table knows
 * as the client's name ("Health Record for", "Acting for"), never a bare word ("Viewing"), a name's part or another
 * person's caption; the value is judged below as any colon-less name is.
 */
function recordOf(text: string): RegExpExecArray | null {
  const m = RECORD_OF.exec(text);
  const rule = m ? matchLabel(m[1] as string) : null;
  return rule?.field === 'name' && !rule.bare && !rule.part ? m : null;
}

/**
 * "<span>Client Name Jane Doe</span>": a colon-less name label is read only as a two-word label whose value is a
 * name's shape (two to four capitalised words, no digit, nothing a heading or a form action says). A bare "Name" or
 * "Client" with no colon stays a heading's word.
 */
export function colonlessName(text: string): { label: string; value: string } | null {
  const m = LABEL.exec(text.trim()) ?? recordOf(text.trim());
  if (!m) return null;
  const value = (m[2] as string).trim();
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[\d:;|@()]/.test(value) || HEADING.test(value) || !looksLikeShownName(value)) return null;
  return { label: m[1] as string, value };
}
