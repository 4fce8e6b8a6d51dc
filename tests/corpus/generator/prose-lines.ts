/**
 * A tuning family of one-line records: the client's facts on one line without labels (or with the
 * record number's label only), as schedulers, message headers and FHIR summaries print them —
 * "Jane DOE · Acme · MR = 123457", "DOE, Jane | F | 01/05/1950 | MRN 123456",
 * "Patient Jane DOE @ Acme, MR = 123457". Around it, lines a person reads past: the provider in the
 * same shape, and a relative's line.
 */
import { esc } from './formats';
import type { View } from './case';
import type { Family } from './families';

const PLACES = ['Acme', 'Mercy General', 'St. Jude Clinic', 'Riverside Health'];
const MRN_SHAPES = [(id: string) => `MR = ${id}`, (id: string) => `MRN ${id}`, (id: string) => `MR#: ${id}`, (id: string) => `#${id}`];

function facts(v: View): string[] {
  const out: string[] = [];
  if (v.hasSex) out.push(v.sex('letter'));
  if (v.hasDob) out.push(v.dob());
  if (v.hasMrn) out.push((MRN_SHAPES[v.c.salt % MRN_SHAPES.length] as (id: string) => string)(v.mrn(false)));
  return out;
}

export const proseLines: Family = {
  id: 'prose-lines',
  split: 'tuning',
  kinds: ['unlabelled-banner', 'fhir-narrative'],
  app: 'Message Center',
  url: (v) => `https://portal.gen-lines.example/inbox/${v.c.salt}`,
  render: (v) => {
    const place = PLACES[(v.c.salt >> 2) % PLACES.length] as string;
    const provider = v.c.clutter.providers[0];
    const sep = v.c.separator === '<br>' || v.c.separator === ', ' ? ' · ' : v.c.separator;
    const shape = (v.c.salt >> 4) % 3;
    let line: string;
    if (shape === 0) {
      line = `${v.name('family-caps-given')}${sep}${esc(place)}${facts(v).map((f) => sep + f).join('')}`;
    } else if (shape === 1) {
      line = [v.name(v.c.salt % 2 ? 'family-comma-caps' : 'family-comma'), ...facts(v)].join(' | ');
    } else {
      const mrn = v.hasMrn ? `, MR = ${v.mrn(false)}` : '';
      const born = v.hasDob ? ` (born ${v.dob()})` : '';
      line = `Patient ${v.name('family-caps-given')} @ ${esc(place)}${mrn}${born}`;
    }
    const seen = provider ? `<p class="by">Seen by ${esc(provider)}${sep}${esc(place)}</p>` : '';
    return { core: `<article class="msg"><h2 class="subject">Re: follow-up</h2><p class="who">${line}</p>${seen}</article>` };
  },
};
