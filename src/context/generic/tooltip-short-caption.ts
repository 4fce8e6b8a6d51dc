import { matchLabel } from './labels';

/**
 * A chip captioned by its tooltip often prints a short form of that caption before its value
 * (`<span title="Patient ID">ID 88213</span>`, `<span title="Date of birth">DOB 03/17/1979</span>`): the leading
 * word is a caption of the same field, not part of the value. The name is left alone: its words are never a caption.
 */
export function withoutShortCaption(text: string, tooltip: string): string {
  const m = /^([A-Za-z#.]{1,8}\.?#?)\s*:?\s+(\S.*)$/.exec(text);
  const field = matchLabel(tooltip)?.field;
  if (!m || !field || field === 'name') return text;
  return matchLabel(m[1] ?? '')?.field === field ? (m[2] ?? text) : text;
}
