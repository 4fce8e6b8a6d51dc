export const MAX_SCRIPTS = 40;
/** JSON.parse cannot be sliced: bigger blocks would hold the main thread too long. */
export const MAX_SCRIPT_CHARS = 512 * 1024;

/** Whether a script block is one the structured reader would parse (it looks at no other). */
// A store's untyped patient sits under a `"patient"` key (or a resident, member, client, participant, learner or individual:
// structured.ts, client-held.ts), or in a
// normalised collection of them (app-selected.ts).
// Also as a typename (`"Member"`), inside a JSON string (`\"patient\"`), as a cache key with
// its id (`"patient-88"`) or as a JavaScript literal's bare key (`{patient:`); or a CRM record's wrapped first
// name (`"firstname": { "value"`, crm-record-state.ts).
export const mayHoldPatient = (text: string) =>
  text.length <= MAX_SCRIPT_CHARS && /Patient|\\?"(?:patient|resident|member|client|participant|learner|individual|consumer|Member|Resident|Client)s?(?:\\?"|[-_:][\w-])|[{,]\s*(?:patient|resident|member|client)s?\s*:|"(?:firstname|FirstName)"\s*:\s*\{\s*"value"/.test(text);

/**
 * Whether the page carries anything the structured reader reads: a script block naming a Patient
 * among the first it looks at, app state in the root's attributes, microdata, or an XML document (a raw
 * C-CDA file: cda-raw.ts). Its own
 * filters or looser, so skipping it elsewhere changes no answer.
 */
export function carriesStructured(doc: Document): boolean {
  const holds = (tag: string, max: number) => {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < max && i < els.length; i++) if (mayHoldPatient(els[i]?.textContent ?? '')) return true;
    return false;
  };
  // Resource viewers (HAPI's tester, a server's JSON tab) print the resource itself in a <pre> or a textarea (fhir-json-editor.ts).
  return holds('script', MAX_SCRIPTS) || holds('pre', MAX_SHOWN_JSON) || holds('textarea', MAX_SHOWN_JSON) || stateValues(doc).length > 0 || doc.querySelector('[itemscope][itemtype]') !== null || /xml/.test(doc.contentType);
}

export const MAX_SHOWN_JSON = 10;

/**
 * Server-rendered apps hand the page their state in an attribute of the app's root element rather than a
 * script: Inertia's `<div id="app" data-page>`, React on Rails' `data-react-props`, `data-props`,
 * `data-state`. Only the root and two levels under <body> are looked at: a whole-document attribute
 * search cost a 25,000-element chart as much as reading its text, and UI kits put `data-state` on every
 * menu and tab. The values that may hold a patient, each JSON-looking.
 */
export function stateValues(doc: Document): string[] {
  // Wrappers of one child each (a layout's shells) add depth, not places for state: the levels count below them.
  const shells = onlyChildren(doc.body);
  const tops = first20(shells[shells.length - 1] ?? doc.body);
  return [doc.documentElement, doc.body, ...shells, ...tops, ...tops.flatMap(first20)]
    .flatMap((el) => ['data-page', 'data-state', 'data-props', 'data-react-props'].map((name) => el?.getAttribute(name) ?? ''))
    .filter((value) => /^\s*[{[]/.test(value) && mayHoldPatient(value));
}
/** The chain of only children under `el` (a few at most). */
function onlyChildren(el: Element | null): Element[] {
  const out: Element[] = [];
  for (let cur = el; cur?.childElementCount === 1 && out.length < 10; ) out.push((cur = cur.firstElementChild as Element));
  return out;
}
/** An element's first 20 children, taken without copying them all (a chart's <main> holds thousands). */
const first20 = (el?: Element | null): Element[] => [].slice.call(el?.children ?? [], 0, 20);
/** A <pre> the structured reader parses: a FHIR resource naming a Patient. */
export const showsFhir = (text: string) => mayHoldPatient(text) && text.includes('"resourceType"');
