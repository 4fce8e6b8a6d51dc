import { formatYMD, parseDate, type YMD } from '../parse/dates';
import { openingText } from '../parse/text';
import { tagOf } from '../tag';
import type { DateOrder } from '../types';
import type { RawPair } from './line';

/**
 * Care-management and registry pages list a member's utilization as list items, one encounter each ("Inpatient ·
 * Harbor General · Admitted 10/02 · Discharged 10/06", "ED visit · Harbor General · 11/19"). A stay written in one
 * item that has ended, beside another encounter dated after its discharge, is a past entry of that history: the
 * client has been seen since, so it is not the stay the page is about. Its admission, discharge and place are left
 * unread. An entry that is no encounter (a transitional care plan started after the discharge) leaves the stay current.
 */
const ENCOUNTER = /\b(?:visit|ed|er|emergency|urgent care|admi(?:tted|ssion)|inpatient|observation|encounter)\b/i;

export function pastStayInHistoryList(el: Element, pairs: RawPair[], today: YMD, order: DateOrder | undefined): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list || (tagOf(list) !== 'UL' && tagOf(list) !== 'OL')) return false;
  const todayIso = formatYMD(today.y, today.m, today.d);
  const ended = pairs
    .filter((p) => p.rule.field === 'dischargeDate')
    .map((p) => parseDate(p.raw, { order, kind: 'event', today })?.iso)
    .find((iso) => iso !== undefined && iso <= todayIso);
  if (!ended) return false;
  // Only the few items around it: a long list is read no further than a history panel shows.
  return Array.from(list.children)
    .slice(0, 20)
    .some((sib) => {
      if (sib === item || tagOf(sib) !== 'LI') return false;
      // An entry's opening words: a hostile item's whole text could be megabytes.
      const text = openingText(sib, 300);
      if (!ENCOUNTER.test(text)) return false;
      const iso = parseDate(text, { order, kind: 'event', today })?.iso;
      return iso !== undefined && iso > ended && iso <= todayIso;
    });
}
