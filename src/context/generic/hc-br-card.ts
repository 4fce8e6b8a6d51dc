import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import type { RawPair } from './line';
import { tagOf } from '../tag';
import { amongCards } from './br-card-list';

/**
 * A person's card printed as lines broken by <br> ("<p><strong>Lena Quist</strong><br>Birthdate:
 * 12/05/1990<br>Phone: …</p>", a referral's seeker or client block in social-care networks): its name
 * in bold opens it, labelled lines follow. It reads like a sentence, but it is a block of fields, and
 * what it labels is that person's, as a banner's line is: the prose's identity, when the bold lead is
 * the name it gives, and the phone a line labels. Never under another person's heading (the caller asks
 * othersSection).
 */
export function brCard(prose: RawPair[], el: Element): RawPair[] | null {
  const lead = el.firstElementChild;
  if (!lead || !/^(?:B|STRONG)$/.test(tagOf(lead)) || tagOf(lead.nextElementSibling ?? lead) !== 'BR' || el.firstChild !== lead) return null;
  // Or one of a list's cards (br-card-list.ts).
  if (amongCards(el)) return null;
  const name = prose.find((p) => p.rule.field === 'name')?.raw.trim();
  if (!name || name !== shortText(lead, 80)) return null;
  const out = [...prose];
  for (let n = lead.nextSibling, k = 0; n && k < 12; n = n.nextSibling, k++) {
    const m = n.nodeType === 3 ? /^\s*([^:]{2,30}):\s*(.+?)\s*$/.exec(n.nodeValue ?? '') : null;
    const rule = m ? matchLabel(m[1] as string) : null;
    if (rule?.field === 'phone') out.push({ rule, raw: m?.[2] as string, how: `label "${m?.[1]}"` });
  }
  return out;
}
