import { shortText } from '../parse/text';

/** The parties of a fax cover or a message's header: each row says whose its contact details are. */
const PARTY = /^(?:from|to|cc|bcc|sender|recipient|attn|attention|sent by|sent to)\s*:?$/i;

/**
 * "<tr><td>From:</td><td>Summit Orthopedic, Kira Mendez</td><td>Phone:</td><td>…</td></tr>": a cover sheet's table gives
 * each party a row, its phone and fax beside its name; a phone in a row led by a party's caption is that party's, never
 * the client's, whom the cover names only in its "Re:" line.
 */
export function partyRow(label: Element): boolean {
  const head = label.closest('tr')?.firstElementChild;
  return !!head && !head.contains(label) && PARTY.test(shortText(head, 30) ?? '');
}
