import { clientLabelledPhone } from './client-phone-label';
import { listedContactPoint } from './listed-contact-points';

/** The kind a phone's label names ("Home Phone", "Mobile", "Phone (Cell)", "H:"): one person's numbers each have their own. */
const KIND = /\b(primary|preferred|home|mobile|cell(?:ular)?|work|business|day(?:time)?|evening|h|c|m|w)\b/i;
const PREFERRED = /primary|preferred/i;

/**
 * Several phones labelled below the banner (a registration form's Home Phone and Mobile Phone): the one the record
 * states it prefers ("Primary", "Preferred"), else the first it lists, which is the number the practice's form puts
 * first and its staff call first; guessing mobile over home would override the record. Only when every number is
 * labelled with a kind of its own: two bare "Phone" labels, or a number labelled with no kind (a guarantor's, an
 * emergency contact's), may be two people's, and then none is taken.
 */
export function chosenPhone<P extends { how: string; value: string; el?: Element }>(phones: P[]): P | undefined {
  const byValue = new Map<string, P>();
  for (const p of phones) if (!byValue.has(p.value)) byValue.set(p.value, p);
  const own = [...byValue.values()];
  // Or the one a label names as the client's (client-phone-label.ts).
  const client = clientLabelledPhone(own);
  if (client) return client;
  // Or one list of numbers each with its use in brackets after it, one person's (listed-contact-points.ts).
  const listed = listedContactPoint(own);
  if (listed) return listed;
  const kinds = own.map((p) => KIND.exec(p.how)?.[1]?.toLowerCase());
  if (kinds.some((k) => k === undefined) || new Set(kinds).size < own.length) return undefined;
  return phones.find((p) => PREFERRED.test(p.how)) ?? own[0];
}
