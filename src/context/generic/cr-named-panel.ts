import type { ContextField } from '../types';
import type { Reading } from '../reading';
import { shortText } from '../parse/text';
import { looksLikeShownName } from './name-shape';

/**
 * A side panel headed by a person's name is that person's card: a help-desk ticket shows its requester
 * there (a daughter writing about her mother, whom the ticket's own fields name), a record shows a
 * related contact. What the reading took from such a panel is the client's only when its heading names
 * the client: under another given name it is dropped, never kept as the client's. The given name is the
 * test, since a card may add a title or a middle name the reading left out ("Dr. Evelyn Anne Sato").
 * A panel the client's name was read from is the client's whatever its heading says: an appointment
 * drawer headed "Initial Consultation" (a name's shape) labels its client inside.
 */
export function othersPanel(found: { el: Element; field: ContextField; value: string }[], reading: Reading): void {
  const own = (reading.fields.name ?? '').toLowerCase();
  for (const { el, field, value } of found) {
    const panel = el.closest('aside, [role="complementary"]');
    if (found.some((named) => named.field === 'name' && panel?.contains(named.el))) continue;
    const head = panel?.querySelector('h1, h2, h3, h4, h5, h6');
    const text = (head && shortText(head, 60)) || '';
    const [first, afterComma] = text.toLowerCase().replace(/\b(?:mrs?|ms|miss|mx|dr|prof|rev)\b\.?/g, '').split(',');
    const given = (afterComma ?? first ?? '').trim().split(' ')[0];
    if (field !== 'name' && reading.fields[field] === value && text.includes(' ') && looksLikeShownName(text) && given && !own.includes(given)) {
      delete reading.fields[field];
      delete reading.provenance[field];
    }
  }
}
