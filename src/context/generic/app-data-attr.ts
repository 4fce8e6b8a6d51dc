import { mayHoldPatient, STATE_ATTRIBUTES } from './structured-check';

/**
 * Server-rendered apps hand their state to the page in an attribute of the root element rather than a
 * script: Inertia's `data-page`, React on Rails' `data-react-props`, `data-props`, `data-state`. The
 * same JSON as a script's, read the same way (a normalised store still needs its selection). Returns
 * the values that may hold a patient: a few elements per attribute, each JSON-looking.
 */
export function stateAttributes(doc: Document): string[] {
  const out: string[] = [];
  for (const name of STATE_ATTRIBUTES) {
    const els = doc.querySelectorAll(`[${name}]`);
    for (let i = 0; i < els.length && i < 4; i++) {
      const text = (els[i] as Element).getAttribute(name) ?? '';
      if (/^\s*[{[]/.test(text) && mayHoldPatient(text)) out.push(text);
    }
  }
  return out;
}
