import { matchLabel, type LabelRule } from './labels';

/**
 * A record number followed by its type in brackets, the issuer often before it: "TPN-0087142 (Tidewater MRN)",
 * "448120 (Medical Record Number)". FHIR apps print a Patient's identifiers this way (value, then the type's text or
 * the assigner's name), where no label leads. Only a record-number type counts, and only a strong one: "(Member ID)"
 * or "(Account #)" after a number is a plan's or a bill's, and a weak rule never reads a bare value here.
 */
const ID_THEN_TYPE = /^([A-Za-z]{0,6}[-\s]?\d[\w-]{2,24})\s*\(\s*([^()]{2,40}?)\s*\)$/;

export function idThenType(token: string): { rule: LabelRule; raw: string; label: string } | null {
  const m = ID_THEN_TYPE.exec(token.trim());
  if (!m) return null;
  const type = (m[2] as string).trim();
  // The issuer's name leads the type ("Tidewater MRN", "St. Anne's Hospital MRN"): the label is the type's last words.
  const words = type.split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const label = words.slice(-k).join(' ');
    const rule = matchLabel(label);
    if (rule) return rule.field === 'mrn' && !rule.weak && !rule.bare ? { rule, raw: m[1] as string, label } : null;
  }
  return null;
}
