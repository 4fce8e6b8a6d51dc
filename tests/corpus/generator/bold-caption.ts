/**
 * A HELD-OUT family (never tuned to): a printed summary or a message whose facts are paragraphs led by a bold caption
 * with no colon ("<b>DOB</b> 01/05/1950"), as rich-text editors, report writers and mail clients print a form: the
 * caption in <b>, <strong> or a bold span, the value as text after it in the same paragraph, one fact to a line or two
 * to a line parted by a wide gap; a clinician's signature line and the printing user in the same shape.
 */
import { esc } from './formats';
import type { Family } from './families';
import { pairs } from './families';

const BOLD = [(t: string) => `<b>${t}</b>`, (t: string) => `<strong>${t}</strong>`, (t: string) => `<span style="font-weight: bold">${t}</span>`];

export const boldCaption: Family = {
  id: 'bold-caption',
  split: 'held-out',
  kinds: ['identifier-labels', 'document-names'],
  app: 'Report',
  url: (v) => `https://reports.gen-bold.example/print/${v.c.salt}`,
  render: (v) => {
    const salt = v.c.salt;
    const bold = BOLD[salt % BOLD.length] as (t: string) => string;
    const fact = ([k, val]: [string, string]) => `${bold(k)} ${val}`;
    const rows = pairs(v);
    const paired = (salt >> 2) % 2 === 0;
    const lines: string[] = [];
    for (let i = 0; i < rows.length; i += paired ? 2 : 1) {
      const chunk = rows.slice(i, i + (paired ? 2 : 1)).map(fact);
      lines.push(`<p>${chunk.join('&nbsp;&nbsp;&nbsp;&nbsp;')}</p>`);
    }
    const signer = v.c.clutter.providers[0];
    const signature = signer ? `<p>${bold('Electronically signed by')} ${esc(signer)}</p>` : '';
    return { core: `<p>${bold('Visit summary')}</p>${lines.join('')}${signature}<p>${bold('Printed by')} ${esc(v.c.clutter.user)}</p>` };
  },
};
