/**
 * What a chat channel's topic, a message's subject or a cover's reference line puts before whom it is about
 * ("Topic: Hollis, Margaret A | MRN 3309127 | DOB …"). None of these words is a role: unlike "Attending:" or
 * "Guarantor:", the person after them is the one the line's record number and birth date belong to.
 */
const CONTEXT_CAPTION = /^(?:(?:channel |conversation )?topic|subject|re|regarding|about|context)\s*:\s*/i;

export function withoutContextCaption(lead: string): string {
  return lead.replace(CONTEXT_CAPTION, '');
}
