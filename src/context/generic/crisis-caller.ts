import type { LabelRule } from './labels';

/**
 * A crisis line's call record (988 Lifeline centres' iCarol- and Vibrant-like consoles) captions whoever rang
 * "Caller name", and says in a field of its own whether the call is about the caller ("Call type: Self", "Caller is
 * person at risk") or about someone else (a third-party call: a parent, a coworker, an officer). The caller is the
 * client only in the first case. So the caption names the record's person only where the page says the call is the
 * caller's own, and only when no other name is labelled (the person of concern's, on a third-party call). A nurse
 * triage protocol screen captions the caller's name by aria-label alone, beside the patient's strip: the same caption.
 */
export const CRISIS_LABEL_RULES: readonly LabelRule[] = [{ field: 'name', re: /^caller(?:'s)? name$/ }];

const CALLER_NAME = /^(?:aria-)?label "caller(?:'s)? name:?"$/i;
const SELF_CALL = /\b(?:call(?:er)? type|type of call|contact type)\s*:?\s*self\b|\bcaller is (?:the )?(?:person at risk|client|individual at risk)\b/i;
/** Enough of a call record to hold its call type: the rest is notes. */
const TEXT_CAP = 20000;

/** The page's text, its text nodes set apart (a term and its value are two cells: "Call type" "Self"). */
function spacedText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < TEXT_CAP; node = walker.nextNode()) text += ` ${node.nodeValue ?? ''}`;
  return text;
}

/** Whether a name read under a label may stand: one under "Caller name" only on a self call's record. */
export function callerCaptionHolds(how: string, pairs: readonly { field: string; how: string }[], doc: Document): boolean {
  if (!CALLER_NAME.test(how)) return true;
  return SELF_CALL.test(spacedText(doc)) && !pairs.some((p) => p.field === 'name' && !CALLER_NAME.test(p.how));
}
