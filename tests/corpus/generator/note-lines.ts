/**
 * A tuning family of notes and messages that give the client in a sentence, as care managers'
 * progress notes, task descriptions and message subjects do — "Jane Marie Doe (MRN 123456, DOB
 * 01/05/1950) was seen today", "Re: Jane DOE, DOB …, MRN …", "Patient: Jane Doe. DOB: …. MRN: …." —
 * with the stay, when there is one, in a table of its own whose column labels name the dates
 * ("Facility | Admit Date | Discharge Date"). Around it, the author and a relative in sentences.
 */
import { esc } from './formats';
import type { View } from './case';
import type { Family } from './families';

function stayTable(v: View): string {
  if (!v.stay) return '';
  const discharge = v.hasDischarge ? v.discharge() : '';
  const label = v.dischargeExpected ? 'Expected Discharge' : 'Discharge Date';
  return `<table class="stays"><thead><tr><th>Facility</th><th>Admit Date</th>${discharge ? `<th>${label}</th>` : ''}</tr></thead><tbody><tr><td>Lakeside Regional</td><td>${v.admit()}</td>${discharge ? `<td>${discharge}</td>` : ''}</tr></tbody></table>`;
}

export const noteLines: Family = {
  id: 'note-lines',
  split: 'tuning',
  kinds: ['unlabelled-banner', 'admission-discharge'],
  app: 'Care Notes',
  url: (v) => `https://notes.gen-care.example/notes/${v.c.salt}`,
  render: (v) => {
    const author = v.c.clutter.providers[0];
    const shape = (v.c.salt >> 3) % 3;
    const mrn = v.hasMrn ? v.mrn(false) : '';
    const dob = v.hasDob ? v.dob() : '';
    let line: string;
    if (shape === 0) line = `${v.name('natural')} (${[mrn && `MRN ${mrn}`, dob && `DOB ${dob}`].filter(Boolean).join(', ')}) was seen today for follow-up.`;
    else if (shape === 1) line = `Re: ${v.name('family-caps-given')}${dob && `, DOB ${dob}`}${mrn && `, MRN ${mrn}`}`;
    else line = `Patient: ${v.name('natural')}.${dob && ` DOB: ${dob}.`}${mrn && ` MRN: ${mrn}.`}`;
    const by = author ? `<p class="author">Written by ${esc(author)}</p>` : '';
    return { core: `<article class="note"><h2>Progress note</h2><p>${line}</p>${stayTable(v)}${by}<p>Plan: call back in two days.</p></article>` };
  },
};
