import { parseName } from '../parse/names';
import { matchLabel, splitInlineLabels } from './labels';
import { looksLikeShownName } from './name-shape';
import { RELATION } from './relation-words';
import { withLabelColons } from './restored-colons';

/**
 * A banner line led by the name, its labels after it ("<b>Arneberg, Solveig</b> MRN: B0082715 DOB: 03/29/1977 Sex:
 * Female"): the line from its first label on, read as labels are, when what leads it is shaped like a name and a record
 * number or a birth date is among the labels, never a relative's line ("Mother Jane Doe DOB: …"). The name itself is left to
 * the rules that find it beside the banner.
 */
export function nameLedLabels(given: string): string | null {
  return nameLeadingLabels(given)?.labels ?? null;
}

/**
 * The record's type before the name once its colon is gone ("Client Thibodeaux, Rémy A.  Case # …"): no part of the
 * name. Only the record's own types: a "Contact" leading a line may be anyone's.
 */
const RECORD_TYPE = /^(?:patient|pt\.?|member|client|resident)\s+(?=\p{Lu})/iu;

/** The name leading the line and the line from its first label on, or null when it is no name-led line. */
export function nameLeadingLabels(given: string): { lead: string; labels: string } | null {
  // Its labels printed without colons are read with them (restored-colons.ts).
  const text = splitInlineLabels(given, true).length > 0 ? given : withLabelColons(given) ?? given;
  const pairs = splitInlineLabels(text, true);
  const first = pairs[0];
  if (!first || pairs.length < 2 || !pairs.some((p) => p.rule.field === 'mrn' || p.rule.field === 'dob')) return null;
  const lead = text.slice(0, first.start).trim().replace(/\s*[,·•|–-]$/, '').replace(RECORD_TYPE, '');
  // Two words at least: a one-word lead is a caption as often as a name ("Input name=…", a search's echo).
  // Nor a caption's words before the name ("Patient Name Jane Doe MRN …": colonless-name.ts reads that one).
  return /\S\s+\S/.test(lead) && !RELATION.test(lead) && !captionLed(lead) && looksLikeShownName(lead) && parseName(lead) !== null ? { lead, labels: text.slice(first.start) } : null;
}

function captionLed(lead: string): boolean {
  const words = lead.split(/\s+/, 3);
  return [1, 2].some((k) => k < words.length && matchLabel(words.slice(0, k).join(' ')) !== null);
}
