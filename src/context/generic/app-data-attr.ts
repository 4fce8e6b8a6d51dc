import { mayHoldPatient, STATE_ATTRIBUTE } from './structured-check';

/**
 * Server-rendered apps hand their state to the page in an attribute of the root element rather than a
 * script: Inertia's `data-page`, React on Rails' `data-react-props`, `data-props`, `data-state`. The
 * same JSON as a script's, read the same way (a normalised store still needs its selection). Returns
 * the values that may hold a patient, from a few elements, each JSON-looking.
 */
export function stateAttributes(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(STATE_ATTRIBUTE)).slice(0, 8)) {
    for (const a of Array.from(el.attributes)) if (/^data-(?:page|state|props|react-props)$/.test(a.name) && /^\s*[{[]/.test(a.value) && mayHoldPatient(a.value)) out.push(a.value);
  }
  return out;
}
