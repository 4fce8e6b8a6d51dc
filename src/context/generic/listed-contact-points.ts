import { openingText } from '../parse/text';

/** A contact point's use as FHIR renderers print it after the number: "ph: (608) 555-0182(HOME)", "… (mobile)". */
const USE_AFTER = /^\s*\((home|work|mobile|temp|old|cell|primary)\)/i;

/**
 * A FHIR Patient's contact points as the IG publisher and other renderers list them: one item per telecom, the number
 * then its use in brackets ("ph: (608) 555-0182(HOME)", "ph: (608) 555-0107(WORK)"), all in one list. The label says no
 * kind ("ph:"), so the numbers would look like two people's and none be taken; one list of numbers each with a use
 * of its own is one person's, and the first the record lists is the one read (as gp-phone-choice.ts takes a form's
 * first). Numbers in different lists (a practitioner's entry, a contact's) stay apart: then none is chosen here.
 */
export function listedContactPoint<P extends { value: string; el?: Element }>(phones: readonly P[]): P | undefined {
  if (phones.length < 2) return undefined;
  const uses = new Set<string>();
  let list: Element | null | undefined;
  for (const p of phones) {
    const item = p.el?.closest('li');
    // An item's opening characters: a telecom item is a line, a hostile one could be megabytes.
    const text = item ? openingText(item, 300) : '';
    const at = text.indexOf(p.value);
    const use = at >= 0 ? USE_AFTER.exec(text.slice(at + p.value.length))?.[1]?.toLowerCase() : undefined;
    if (!item || !use || uses.has(use)) return undefined;
    uses.add(use);
    if (list === undefined) list = item.parentElement;
    else if (item.parentElement !== list) return undefined;
  }
  return phones[0];
}
