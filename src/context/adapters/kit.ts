import { firstVisible, readValue } from '../dom';
import { shortText } from '../parse/text';
import { valueAfter } from '../generic/pairs';
import { put } from '../reading';

/**
 * What the declarative runner borrows from the reader: visibility, values, labels and the fields'
 * parsing. The reader part lends it (parts/reader.ts), so an adapter script carries its rules and
 * the runner, not a second copy of the reader's code. Only what the reader itself uses, under short
 * keys: the table weighs on every frame the reader is loaded into.
 */
export interface AdapterKit {
  /** firstVisible (dom.ts). */
  first: typeof firstVisible;
  /** readValue (dom.ts). */
  value: typeof readValue;
  /** shortText (parse/text.ts). */
  text: typeof shortText;
  /** valueAfter (generic/pairs.ts). */
  after: typeof valueAfter;
  put: typeof put;
}

export const ADAPTER_KIT: AdapterKit = { first: firstVisible, value: readValue, text: shortText, after: valueAfter, put };
