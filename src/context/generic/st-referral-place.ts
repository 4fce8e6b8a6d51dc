import { tagOf } from '../tag';

/** What this rule needs of a pair read by the labelled reader. */
interface StayPair {
  field: string;
  how: string;
  el: Element;
}

/** A bare place label: "Discharging facility" or "Admitting unit" says whose place it is, "Facility" does not. */
const BARE_PLACE = /^(?:aria-)?label "(?:facility|location|hospital|site)\b/i;
const SOURCE = /\breferr(?:al|ing|ed)\b|\bsource\b|\bsending\b/i;

/** The words heading a group of fields: its legend, its first heading or its accessible name. */
function title(group: Element): string {
  const head = Array.from(group.children).find((c) => /^(?:LEGEND|H[1-6]|CAPTION)$/.test(tagOf(c)));
  return `${group.getAttribute('aria-label') ?? ''} ${head?.textContent ?? ''}`.slice(0, 120);
}

/**
 * A facility in the referral's source ("Referral Source: Facility …", "Referring hospital") is who
 * sent the client, not where the client is: a referral intake is read before any stay of its own.
 */
export function referralPlace<P extends StayPair>(pairs: P[]): P[] {
  return pairs.filter((p) => {
    if (p.field !== 'location' || !BARE_PLACE.test(p.how)) return true;
    const group = p.el.closest('fieldset, section, [role=group], [role=region]');
    return !group || !SOURCE.test(title(group));
  });
}
