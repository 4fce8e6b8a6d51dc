import { shortText } from '../parse/text';

/** "(000218844)", "(# 4471)": a record number alone in brackets. */
const BRACKETED_ID = /^\(#?\s*([\w-]*\d[\w-]*)\)$/;

/**
 * "<span>Client: OYELARAN, FOLASADE</span><span>(000218844)</span>": a client bar prints the record
 * number in brackets in the element right after the labelled name, as it does inside the name's text:
 * the client's. A date or a short number (an area code) is none. Asked when that element opens with a bracket.
 */
export function idAfterName(el: Element): string | null {
  const id = BRACKETED_ID.exec(shortText(el.nextElementSibling ?? el, 30) ?? '')?.[1];
  return id && id.length > 3 && !/[/.]/.test(id) ? id : null;
}
