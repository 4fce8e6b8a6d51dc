import { shortText } from '../parse/text';
import type { LabelRule } from './labels';

/**
 * A card about the encounter the client is in now ("Current encounter", "Current visit", "Active admission")
 * labels its admission with a bare "Start": a word that dates nothing anywhere else (a task's, a plan's, a
 * program's start) is the stay's start only under such a heading, its group's own (aria-labelledby or its first heading).
 */
const START = /^(?:start(?:ed)?|start date|start time|start date\/time|began)\s*:?$/i;
const CURRENT = /^(?:current|active|open|this)\s+(?:inpatient\s+)?(?:encounter|visit|admission|stay|hospital stay|hospitali[sz]ation)$/i;
const ADMISSION: LabelRule = { field: 'admitDate', re: START };

function groupHeading(group: Element): string {
  const by = group.getAttribute('aria-labelledby');
  const named = by ? group.ownerDocument.getElementById(by.split(/\s+/)[0] as string) : null;
  const head = named ?? group.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > header, :scope > legend, :scope > caption');
  return head ? shortText(head, 60) ?? '' : group.getAttribute('aria-label') ?? '';
}

export function currentEncounterStart(el: Element, text: string): LabelRule | null {
  if (!START.test(text.trim())) return null;
  for (let cur = el.parentElement, k = 0; cur && k < 4; cur = cur.parentElement, k++) {
    const heading = groupHeading(cur).trim();
    if (heading) return CURRENT.test(heading) ? ADMISSION : null;
  }
  return null;
}
