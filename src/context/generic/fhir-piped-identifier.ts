import { identifierSystemLabel } from './labels';

/**
 * FHIR tools print an identifier on one line as its system, a pipe, its value and its type in brackets
 * ("https://valleygeneral.example/mrn | VG-118420 (MR)", the token search syntax with the type after it). The
 * value is the record number only when the type is MR or the system's last segment names one; an NHS or
 * social security number typed otherwise is some other identifier of the person. Undefined when the text is not
 * printed that way.
 */
const PIPED = /^((?:https?:\/\/|urn:)\S+)\s*\|\s*([^|()]+?)\s*(?:\(([^()]+)\))?$/i;
const RECORD_TYPE = /^(?:MR|MRN|medical record(?: number)?)$/i;

export function pipedIdentifier(text: string): string | null | undefined {
  const m = PIPED.exec(text.trim());
  if (!m) return undefined;
  const [, system, value, type] = m as unknown as [string, string, string, string | undefined];
  const own = type !== undefined ? RECORD_TYPE.test(type.trim()) : identifierSystemLabel(system)?.field === 'mrn';
  return own ? value : null;
}
