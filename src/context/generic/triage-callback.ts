import { RELATION } from './relation-words';

/**
 * A telephone nurse triage record (Schmitt-Thompson-protocol software, Epic-like telephone encounters, nurse advice
 * lines, answering-service messages) captions the number to ring back "Callback #" / "Best callback number". That is
 * the caller's number, and the caller is often someone else: a parent ringing for a child, a daughter for her mother,
 * a husband for his wife. A video visit's "Callback phone" is the client's own (remote-labels.ts), as is a triage
 * callback when the patient rang ("Call from: Self"). So a callback number stands as the client's phone unless the
 * page names the caller as a relative or other third party ("Caller: … Relationship to patient: Mother",
 * "Called by: Tuan Nguyen — husband", "CALLER: JOHN PETRAKIS (FATHER)").
 */

const CALLBACK_HOW = /label "(?:best )?call[- ]?back\b/i;
/** The words that make anyone someone else (relation-words.ts), and how a caller names a relative on the phone. */
const THIRD_PARTY = `${RELATION.source}|\\b(?:mom|dad|relative|family member)\\b`;
/**
 * A caller caption followed closely by a relation word, with no "self" between (the caller's own relation). Not a
 * phrase about what the caller said ("supports named by caller: … Sister").
 */
const THIRD_PARTY_CALLER = new RegExp(`(?<!\\bby )\\b(?:caller|called by|call(?:ed)? from|calling for)\\b(?:(?!\\bself\\b)[^.;]){0,60}?(?:${THIRD_PARTY})`, 'i');
/** The page says the patient rang: their own callback number, whoever else the record names. */
const SELF_CALL = /\b(?:call(?:er)? type|type of call|call(?:ed)? from|caller|contact type)\s*:?\s*self\b|\bcaller is (?:the )?(?:person at risk|patient|client|member)\b/i;
/** Enough of a call record to hold its caller block: the rest is protocol questions and notes. */
const TEXT_CAP = 20000;

/** The page's text with each element's aria-label in its place (a caller strip captioned only by aria-label="Caller"). */
export function labelledText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < TEXT_CAP; node = walker.nextNode()) {
    text += ` ${node.nodeType === 1 ? ((node as Element).getAttribute('aria-label') ?? '') : (node.nodeValue ?? '')}`;
  }
  return text.replace(/\s+/g, ' ');
}

/** Whether a phone read under a label may stand: one under a callback caption not when a third party rang. */
export function callbackHolds(how: string, doc: Document): boolean {
  if (!CALLBACK_HOW.test(how)) return true;
  const text = labelledText(doc);
  return SELF_CALL.test(text) || !THIRD_PARTY_CALLER.test(text);
}
