/**
 * A HELD-OUT family (never tuned to): a contact or member card as a CRM or a small practice app renders it once its
 * markup carries no class, no id and no heading — a utility-first or runtime-styled build, a page saved as text: the
 * name alone in a plain span, first in the card, with or without inline style to make it prominent; the client's facts
 * in spans after it, each captioned in a span of its own or inline, with a colon or none; the record's owner and the
 * last editor, people too, in the same plain spans around it.
 */
import { esc } from './formats';
import type { Family } from './families';
import { pairs } from './families';

const OWNER_CAPTIONS = ['Owner', 'Assigned to', 'Care manager', 'Record owner'];

export const plainCard: Family = {
  id: 'plain-card',
  split: 'held-out',
  kinds: ['crm', 'identifier-labels'],
  app: 'Contacts',
  url: (v) => `https://app.gen-plain.example/contacts/${v.c.salt}`,
  render: (v) => {
    const salt = v.c.salt;
    const colon = salt % 2 === 0 ? ':' : '';
    const prominent = (salt >> 1) % 3 !== 0 ? ' style="font-size: 20px; font-weight: 700"' : '';
    const [, ...facts] = pairs(v);
    const inline = (salt >> 2) % 2 === 0;
    const factRows = facts
      .map(([k, val]) => (inline ? `<div><span>${k}${colon} ${val}</span></div>` : `<div><span>${k}${colon}</span> <span>${val}</span></div>`))
      .join('');
    const owner = `<div><span>${OWNER_CAPTIONS[(salt >> 3) % OWNER_CAPTIONS.length]}${colon}</span> <span>${esc(v.c.clutter.user)}</span></div>`;
    const editor = v.c.clutter.providers[0] ? `<div><span>Last modified by ${esc(v.c.clutter.providers[0])}</span></div>` : '';
    const ownerFirst = (salt >> 5) % 2 === 0;
    return {
      core: `<div>${ownerFirst ? owner : ''}<div><span${prominent}>${v.name()}</span></div>${factRows}${ownerFirst ? '' : owner}${editor}</div>`,
    };
  },
};
