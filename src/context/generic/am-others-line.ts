import { shortText } from '../parse/text';

/** Labels that name another person: the one who pays (guarantor, responsible party, policy holder) or a relative. */
const WHOSE = /guarant|resp(?:\.|onsible)? part|policy ?holder|emergency|next[- ]of[- ]kin|guardian|caregiver|spouse|mother|father|parent/i;

/**
 * A run of chips headed by another person's label ("Guarantor: Kaur, B · Rel: Spouse · DOB: … · Ph: …", a ledger's
 * "Resp Party:" row) is that person's: practice-management screens print the guarantor's details in the same chips
 * as the patient's, so a value after the head, however many chips after, is never the client's.
 */
export function othersLine(el: Element): boolean {
  for (let cur: Element | null = el, k = 0; cur && k < 2; cur = cur.parentElement, k++) {
    const head: Element | null | undefined = cur.parentElement?.firstElementChild;
    if (!head || head === cur) continue;
    const label = /^([^:]{1,30}):/.exec(shortText(head, 80) ?? '')?.[1];
    if (label && WHOSE.test(label)) return true;
  }
  return false;
}
