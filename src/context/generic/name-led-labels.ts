import { parseName } from '../parse/names';
import { splitInlineLabels } from './labels';
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
  // Its labels printed without colons are read with them (restored-colons.ts).
  const text = splitInlineLabels(given, true).length > 0 ? given : withLabelColons(given) ?? given;
  const pairs = splitInlineLabels(text, true);
  const first = pairs[0];
  if (!first || pairs.length < 2 || !pairs.some((p) => p.rule.field === 'mrn' || p.rule.field === 'dob')) return null;
  const lead = text.slice(0, first.start).trim().replace(/\s*[,·•|–-]$/, '');
  // Two words at least: a one-word lead is a caption as often as a name ("Input name=…", a search's echo).
  return /\S\s+\S/.test(lead) && !RELATION.test(lead) && looksLikeShownName(lead) && parseName(lead) !== null ? text.slice(first.start) : null;
}
