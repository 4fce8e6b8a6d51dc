/**
 * What a chat channel's topic, a message's subject or a cover's reference line puts before whom it is about
 * ("Topic: Hollis, Margaret A | MRN 3309127 | DOB …"). None of these words is a role: unlike "Attending:" or
 * "Guarantor:", the person after them is the one the line's record number and birth date belong to. The colon may be
 * missing ("Topic Hollis, Margaret A"), but for "Re", which is a family name too.
 */
const CONTEXT_CAPTION = /^(?:(?:(?:channel |conversation )?topic|subject|regarding|about|context)\b\s*:?|re\s*:)\s*/i;

export function withoutContextCaption(lead: string): string {
  return lead.replace(CONTEXT_CAPTION, '');
}
