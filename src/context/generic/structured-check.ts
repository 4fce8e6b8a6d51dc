import type { ReadEnv } from '../reading';
import type { StructuredReading } from './structured';

/** The structured reader, passed in: the content script loads it only into frames that need it. */
export type StructuredReader = (doc: Document, env: ReadEnv) => Promise<StructuredReading[]>;

export const MAX_SCRIPTS = 40;
/** JSON.parse cannot be sliced: bigger blocks would hold the main thread too long. */
export const MAX_SCRIPT_CHARS = 512 * 1024;

/** Whether a script block is one the structured reader would parse (it looks at no other). */
// A store's untyped patient sits under a `"patient"` key (or a resident or member: structured.ts), or in a
// normalised collection of them (app-selected.ts).
export const mayHoldPatient = (text: string) => text.length <= MAX_SCRIPT_CHARS && /Patient|"(?:patient|resident|member)s?"|"clients"/.test(text);

/**
 * Whether the page carries anything the structured reader reads: a script block naming a Patient
 * among the first it looks at, microdata, or an XML document (a raw C-CDA file: cda-raw.ts). Its own
 * filters or looser, so skipping it elsewhere changes no answer.
 */
export function carriesStructured(doc: Document): boolean {
  const holds = (tag: string, max: number) => {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < max && i < els.length; i++) if (mayHoldPatient(els[i]?.textContent ?? '')) return true;
    return false;
  };
  // Resource viewers (HAPI's tester, a server's JSON tab) print the resource itself in a <pre>.
  // Server-rendered apps keep their state in the root element's data-page / data-state attribute (app-data-attr.ts).
  return holds('script', MAX_SCRIPTS) || holds('pre', MAX_SHOWN_JSON) || doc.querySelector(`[itemscope][itemtype],${STATE_ATTRIBUTE}`) !== null || /xml/.test(doc.contentType);
}

export const MAX_SHOWN_JSON = 10;
export const STATE_ATTRIBUTE = '[data-page],[data-state],[data-props],[data-react-props]';
/** A <pre> the structured reader parses: a FHIR resource naming a Patient. */
export const showsFhir = (text: string) => mayHoldPatient(text) && text.includes('"resourceType"');
